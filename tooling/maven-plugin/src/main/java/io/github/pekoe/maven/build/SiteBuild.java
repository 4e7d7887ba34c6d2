package io.github.pekoe.maven.build;

import io.github.pekoe.maven.bundle.BundleCompiler;
import io.github.pekoe.maven.bundle.BundleException;
import io.github.pekoe.maven.bundle.PlannedBundle;
import io.github.pekoe.maven.check.CheckVerdict;
import io.github.pekoe.maven.check.FindingPaths;
import io.github.pekoe.maven.check.SiteCheck;
import io.github.pekoe.maven.site.SiteCopy;
import io.github.pekoe.pagecheck.Bundle;
import io.github.pekoe.pagecheck.Finding;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One build of a project's site: checks that the annotation processor ran, copies the site folder, compiles
 * each bundle into the site's bundle folder and runs the page check over the built pages, logging each
 * finding as {@code path:line:col: error: message [rule]}. What must fail the build is a {@link BuildFailure}.
 */
public final class SiteBuild {
    private SiteBuild() {
    }

    /** Builds the site {@code request} describes, logging to {@code log}. */
    public static void run(BuildRequest request, BuildLog log) throws BuildFailure {
        for (PlannedBundle bundle : request.bundles()) {
            ProcessorOutput.require(request.classes(), bundle);
        }
        copySite(request, log);
        try (URLClassLoader classes = classLoader(request.classPath())) {
            BundleCompiler compiler = new BundleCompiler(classes, request.bundleFolder(), request.cache(),
                    request.options(), List.of(request.sources()), log);
            for (PlannedBundle bundle : request.bundles()) {
                log.info("Compiling " + request.sitePath(bundle) + " from " + bundle.mainClass());
                compiler.compile(bundle);
            }
        } catch (BundleException e) {
            throw new BuildFailure(e.getMessage(), e.getCause());
        } catch (IOException e) {
            throw new BuildFailure("cannot close the class path's files: " + e.getMessage(), e);
        }
        checkUnlessSkipped(request, log);
    }

    /**
     * Copies the site folder again and runs the page check, keeping the bundles already in the site folder: the
     * rebuild when only pages changed, since neither Java nor classes did.
     */
    public static void refreshPages(BuildRequest request, BuildLog log) throws BuildFailure {
        copySite(request, log);
        checkUnlessSkipped(request, log);
    }

    private static void checkUnlessSkipped(BuildRequest request, BuildLog log) throws BuildFailure {
        if (request.skipCheck()) {
            log.info("The page check is skipped (skipCheck)");
        } else {
            check(request, log);
        }
    }

    private static void copySite(BuildRequest request, BuildLog log) throws BuildFailure {
        try {
            Files.createDirectories(request.site());
            if (Files.isDirectory(request.webapp())) {
                int files = SiteCopy.copy(request.webapp(), request.site());
                log.info("Copied " + files + " file(s) of " + request.webapp() + " to " + request.site());
            } else {
                log.warning("No site folder " + request.webapp() + ": the build makes only the bundles");
            }
        } catch (IOException e) {
            throw new BuildFailure("cannot copy the site " + request.webapp() + " to " + request.site() + ": "
                    + e.getMessage(), e);
        }
    }

    private static void check(BuildRequest request, BuildLog log) throws BuildFailure {
        List<Bundle> bundles = new ArrayList<>();
        for (PlannedBundle bundle : request.bundles()) {
            bundles.add(Bundle.forMainClass(request.sitePath(bundle), bundle.mainClass()));
        }
        FindingPaths paths = new FindingPaths(request.project(), List.of(request.webapp(), request.sources(),
                request.site()));
        List<Finding> findings = SiteCheck.run(request.site(), request.classPath(), bundles, paths);
        for (Finding finding : findings) {
            switch (finding.severity()) {
                case ERROR -> log.error(finding.format());
                case WARNING -> log.warning(finding.format());
                default -> log.info(finding.format());
            }
        }
        CheckVerdict verdict = CheckVerdict.of(findings, request.failOnWarning());
        if (verdict.fails()) {
            throw new BuildFailure(verdict.summary(), null);
        }
        log.info("Page check: " + verdict.summary());
    }

    private static URLClassLoader classLoader(List<Path> classPath) throws BuildFailure {
        URL[] urls = new URL[classPath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classPath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new BuildFailure("a class path entry is not a file: " + classPath.get(i), e);
            }
        }
        return new URLClassLoader(urls, SiteBuild.class.getClassLoader());
    }
}
