package io.github.pekoe.maven.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Copies a site folder (pages, styles, assets) into the build's site folder, beside the bundles. */
public final class SiteCopy {
    private SiteCopy() {
    }

    /**
     * Copies every file under {@code from} to the same relative path under {@code to}, replacing what is
     * there, and returns how many files it copied. Files already in {@code to} that {@code from} lacks
     * (the bundles) stay.
     */
    public static int copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IOException("the site folder " + from + " is not a folder");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return files.size();
    }
}
