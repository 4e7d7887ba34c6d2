package io.github.pekoe.maven.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files under some folders with their sizes and modification times: two snapshots differ when a file was
 * added, removed or changed. A missing folder has no files.
 *
 * @param files each file's size and modification time, by path
 */
public record SourceSnapshot(Map<Path, String> files) {
    /** The snapshot of {@code folders} now. */
    public static SourceSnapshot of(List<Path> folders) {
        Map<Path, String> files = new TreeMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(file, Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis());
                }
            } catch (IOException | UncheckedIOException e) {
                files.put(folder, "unreadable: " + e.getMessage());
            }
        }
        return new SourceSnapshot(Map.copyOf(files));
    }

    /** Whether a Java source differs between this snapshot and {@code before}. */
    public boolean javaChangedSince(SourceSnapshot before) {
        return Stream.concat(files.keySet().stream(), before.files.keySet().stream())
                .filter(path -> path.toString().endsWith(".java"))
                .anyMatch(path -> !String.valueOf(files.get(path)).equals(String.valueOf(before.files.get(path))));
    }
}
