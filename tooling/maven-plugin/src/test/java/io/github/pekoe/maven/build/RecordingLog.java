package io.github.pekoe.maven.build;

import java.util.ArrayList;
import java.util.List;
import org.teavm.tooling.TeaVMToolLog;

/** A log that keeps each line as {@code LEVEL text}, for tests to read. */
final class RecordingLog implements TeaVMToolLog {
    final List<String> lines = new ArrayList<>();

    /** The lines of {@code level} ({@code ERROR}, {@code WARNING}, {@code INFO}). */
    List<String> at(String level) {
        return lines.stream().filter(line -> line.startsWith(level + " ")).map(line -> line.substring(level.length() + 1))
                .toList();
    }

    @Override
    public void info(String text) {
        lines.add("INFO " + text);
    }

    @Override
    public void debug(String text) {
    }

    @Override
    public void warning(String text) {
        lines.add("WARNING " + text);
    }

    @Override
    public void error(String text) {
        lines.add("ERROR " + text);
    }

    @Override
    public void info(String text, Throwable e) {
        info(text + " " + e);
    }

    @Override
    public void debug(String text, Throwable e) {
    }

    @Override
    public void warning(String text, Throwable e) {
        warning(text + " " + e);
    }

    @Override
    public void error(String text, Throwable e) {
        error(text + " " + e);
    }
}
