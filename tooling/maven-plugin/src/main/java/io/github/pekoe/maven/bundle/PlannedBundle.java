package io.github.pekoe.maven.bundle;

/**
 * A bundle the build makes.
 *
 * @param name its file name without {@code .js}
 * @param mainClass TeaVM's entry point: {@code Bootstrap} or a page package's {@code PekoePage}
 */
public record PlannedBundle(String name, String mainClass) {
    /** The bundle's file name. */
    public String fileName() {
        return name + ".js";
    }
}
