package io.github.pekoe.maven.build;

import io.github.pekoe.maven.bundle.CompileOptions;
import io.github.pekoe.maven.bundle.PlannedBundle;
import java.nio.file.Path;
import java.util.List;

/**
 * What one build of a site reads and writes.
 *
 * @param project the project folder, which the log's paths are relative to
 * @param classes the project's class output, where the annotation processor wrote its name indexes
 * @param classPath the project's compile class path (its class output and dependencies)
 * @param sources the Java source folder (copied beside source maps; where {@code @When} findings point)
 * @param webapp the site's source folder (pages, styles, assets); may be missing
 * @param site the built site folder
 * @param bundleDirectory the bundles' folder under {@code site}, with {@code /} ({@code app})
 * @param bundles the bundles to make
 * @param options TeaVM's options
 * @param cache TeaVM's cache folder
 * @param skipCheck whether the page check is skipped
 * @param failOnWarning whether a warning of the page check fails the build
 */
public record BuildRequest(Path project, Path classes, List<Path> classPath, Path sources, Path webapp, Path site,
        String bundleDirectory, List<PlannedBundle> bundles, CompileOptions options, Path cache, boolean skipCheck,
        boolean failOnWarning) {
    /** Copies the lists. */
    public BuildRequest {
        classPath = List.copyOf(classPath);
        bundles = List.copyOf(bundles);
    }

    /** This build with its site written to {@code other} instead. */
    public BuildRequest withSite(Path other) {
        return new BuildRequest(project, classes, classPath, sources, webapp, other, bundleDirectory, bundles, options,
                cache, skipCheck, failOnWarning);
    }

    /** The folder the bundles are written to. */
    public Path bundleFolder() {
        return site.resolve(bundleDirectory);
    }

    /** A bundle's path under the site folder, with {@code /}: {@code app/pekoe.js}. */
    public String sitePath(PlannedBundle bundle) {
        String folder = bundleDirectory.replace('\\', '/');
        return folder.isEmpty() ? bundle.fileName() : folder + "/" + bundle.fileName();
    }
}
