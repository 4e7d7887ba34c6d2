package io.github.pekoe.script;

/** The code of one Java script; it may block (sleep, fetch) and may throw. */
@FunctionalInterface
public interface ScriptBody {
    /** Runs the script once. */
    void run() throws Exception;
}
