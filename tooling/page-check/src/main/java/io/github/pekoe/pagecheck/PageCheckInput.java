package io.github.pekoe.pagecheck;

import java.nio.file.Path;
import java.util.List;

/**
 * What the page check reads.
 *
 * @param siteDirectory the folder of the site's pages: every {@code .html} and {@code .htm} file under it
 * @param classOutputs class-output folders and jars whose {@code META-INF/pekoe/*.names} indexes
 *     (written by Pekoe's annotation processor) list the registered scripts and handlers
 * @param bundles the bundles the build makes, with their paths under the site folder
 */
public record PageCheckInput(Path siteDirectory, List<Path> classOutputs, List<Bundle> bundles) {
    /** Copies the lists; null lists are empty. */
    public PageCheckInput {
        classOutputs = classOutputs == null ? List.of() : List.copyOf(classOutputs);
        bundles = bundles == null ? List.of() : List.copyOf(bundles);
    }
}
