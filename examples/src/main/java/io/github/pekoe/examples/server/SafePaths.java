package io.github.pekoe.examples.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Resolves a decoded URL path below a root directory, refusing anything that could leave it. */
final class SafePaths {

    private SafePaths() {
    }

    /**
     * The existing file or directory that {@code relative} names below {@code root}, or empty when
     * it does not exist or would escape the root ({@code ..}, backslashes, NUL, or a symbolic link
     * pointing outside).
     */
    static Optional<Path> resolve(Path root, String relative) {
        for (String segment : relative.split("/")) {
            if (segment.equals("..") || segment.equals(".") || segment.indexOf('\\') >= 0
                    || segment.indexOf('\0') >= 0) {
                return Optional.empty();
            }
        }
        try {
            Path realRoot = root.toRealPath();
            Path candidate = realRoot.resolve(relative).normalize();
            if (!candidate.startsWith(realRoot) || !Files.exists(candidate)) {
                return Optional.empty();
            }
            Path real = candidate.toRealPath();
            return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
