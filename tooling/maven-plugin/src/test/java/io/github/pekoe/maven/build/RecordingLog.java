package io.github.pekoe.maven.build;

import java.util.ArrayList;
import java.util.List;

/** A log that keeps each line as {@code LEVEL text}, for tests to read; debug lines are dropped. */
final class RecordingLog extends BuildLog {
    final List<String> lines = new ArrayList<>();

    /** The lines of {@code level}, without it. */
    List<String> at(Level level) {
        return lines.stream().filter(line -> line.startsWith(level + " ")).map(line -> line.substring(level.name().length() + 1))
                .toList();
    }

    @Override
    protected void write(Level level, String text, Throwable error) {
        if (level != Level.DEBUG) {
            lines.add(level + " " + text + (error == null ? "" : " " + error));
        }
    }
}
