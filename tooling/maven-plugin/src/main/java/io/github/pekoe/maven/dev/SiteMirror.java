package io.github.pekoe.maven.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes one folder hold what another holds: the development session builds into a staging folder and mirrors it
 * into the served site only when the build succeeded, so a failed build never reaches the pages.
 */
public final class SiteMirror {
    private SiteMirror() {
    }

    /**
     * Copies every file of {@code from} whose content differs to the same path under {@code to}, deletes the files
     * and folders of {@code to} that {@code from} lacks, and returns how many files it copied or deleted.
     */
    public static int mirror(Path from, Path to) throws IOException {
        int changed = 0;
        Files.createDirectories(to);
        for (Path file : files(from)) {
            Path target = to.resolve(from.relativize(file).toString());
            if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(target))) {
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                changed++;
            }
        }
        List<Path> stale;
        try (Stream<Path> walk = Files.walk(to)) {
            stale = walk.filter(path -> !path.equals(to) && !Files.exists(from.resolve(to.relativize(path).toString())))
                    .sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : stale) {
            if (Files.isRegularFile(path)) {
                changed++;
            }
            Files.deleteIfExists(path);
        }
        return changed;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
