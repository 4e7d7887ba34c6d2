package io.github.pekoe.maven.build;

import org.teavm.tooling.TeaVMToolLog;

/** The build's log, which TeaVM writes to as well: every message goes to {@link #write} with its level. */
public abstract class BuildLog implements TeaVMToolLog {
    /** How much a message matters. */
    public enum Level {
        /** Detail for whoever debugs the build. */
        DEBUG,
        /** What the build did. */
        INFO,
        /** Probably a mistake; the build goes on. */
        WARNING,
        /** What fails the build. */
        ERROR
    }

    /** A log for a subclass to write. */
    protected BuildLog() {
    }

    /** Writes {@code text} at {@code level}, with {@code error} when one caused it (else null). */
    protected abstract void write(Level level, String text, Throwable error);

    @Override
    public final void info(String text) {
        write(Level.INFO, text, null);
    }

    @Override
    public final void debug(String text) {
        write(Level.DEBUG, text, null);
    }

    @Override
    public final void warning(String text) {
        write(Level.WARNING, text, null);
    }

    @Override
    public final void error(String text) {
        write(Level.ERROR, text, null);
    }

    @Override
    public final void info(String text, Throwable e) {
        write(Level.INFO, text, e);
    }

    @Override
    public final void debug(String text, Throwable e) {
        write(Level.DEBUG, text, e);
    }

    @Override
    public final void warning(String text, Throwable e) {
        write(Level.WARNING, text, e);
    }

    @Override
    public final void error(String text, Throwable e) {
        write(Level.ERROR, text, e);
    }
}
