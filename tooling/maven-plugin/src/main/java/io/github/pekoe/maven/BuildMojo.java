package io.github.pekoe.maven;

import io.github.pekoe.maven.build.BuildFailure;
import io.github.pekoe.maven.build.BuildRequest;
import io.github.pekoe.maven.build.SiteBuild;
import io.github.pekoe.maven.bundle.BundlePlanner;
import io.github.pekoe.maven.bundle.CompileOptions;
import io.github.pekoe.maven.bundle.PlannedBundle;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compiles the bundles with TeaVM and Pekoe's settings, copies the site next to them and runs the page check over
 * its pages.
 *
 * <p>Goal {@code pekoe:build} (phase {@code process-classes}, so a project's tests see the built site): compiles
 * the bundles with TeaVM and Pekoe's settings into {@code target/site/app}, copies {@code src/main/webapp} to
 * {@code target/site} and runs the page check over its pages. Maven sets the fields from the pom, with the
 * defaults and properties their annotations name.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class BuildMojo extends AbstractMojo {
    /** The project folder; the log names files relative to it. */
    @Parameter(defaultValue = "${basedir}", required = true, readonly = true)
    private File basedir;
    /** The project's class output, with the annotation processor's name indexes. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true, readonly = true)
    private File classesDirectory;
    /** The project's compile class path, which TeaVM compiles from. */
    @Parameter(defaultValue = "${project.compileClasspathElements}", required = true, readonly = true)
    private List<String> classpathElements;
    /** The Java sources, copied beside source maps. */
    @Parameter(defaultValue = "${project.build.sourceDirectory}", required = true, readonly = true)
    private File sourceDirectory;
    /** The site's source folder (pages, styles, assets), copied to siteDirectory. */
    @Parameter(property = "pekoe.webappDirectory", defaultValue = "${basedir}/src/main/webapp", required = true)
    private File webappDirectory;
    /** The built site: the copied pages and the bundles. */
    @Parameter(property = "pekoe.siteDirectory", defaultValue = "${project.build.directory}/site", required = true)
    private File siteDirectory;
    /** The bundles' folder under siteDirectory. */
    @Parameter(property = "pekoe.bundleDirectory", defaultValue = "app", required = true)
    private String bundleDirectory;
    /**
     * One bundle per page package: each {@code <bundle>} has a {@code <name>} (NAME.js) and a {@code <package>}
     * whose generated PekoePage is its entry point. None: one bundle, pekoe.js, with every script and handler.
     */
    @Parameter
    private List<Bundle> bundles;
    /** Dev mode: readable code, SIMPLE optimisation, source maps with the Java sources, TeaVM's debug information. */
    @Parameter(property = "pekoe.dev", defaultValue = "false")
    private boolean dev;
    /** Whether names are shortened; default true, false in dev mode. */
    @Parameter(property = "pekoe.minifying")
    private Boolean minifying;
    /** TeaVM's optimisation level: SIMPLE, ADVANCED or FULL; default ADVANCED, SIMPLE in dev mode. */
    @Parameter(property = "pekoe.optimizationLevel")
    private String optimizationLevel;
    /** Whether source maps are written, with the Java sources; default false, true in dev mode. */
    @Parameter(property = "pekoe.sourceMaps")
    private Boolean sourceMaps;
    /** TeaVM properties, which Pekoe's compiler plugins read (pekoe.compactNumbers, pekoe.compactStrings). */
    @Parameter
    private Map<String, String> properties;
    /** TeaVM's cache folder. */
    @Parameter(property = "pekoe.cacheDirectory", defaultValue = "${project.build.directory}/pekoe-cache", required = true)
    private File cacheDirectory;
    /** Skips the page check. */
    @Parameter(property = "pekoe.skipCheck", defaultValue = "false")
    private boolean skipCheck;
    /** Fails the build on a warning of the page check too. */
    @Parameter(property = "pekoe.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** A goal for Maven to configure. */
    public BuildMojo() {
    }

    /** Builds the site; a bad option or a TeaVM error is an execution error, a page check error a failure. */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            SiteBuild.run(request(), new MavenToolLog(getLog()));
        } catch (BuildFailure e) {
            throw new MojoFailureException("pekoe:build: " + e.getMessage(), e);
        }
    }

    /** Whether dev mode is on: goal {@code run} has its own default. */
    boolean dev() {
        return dev;
    }

    /** The build the parameters describe; a bad one is an execution error naming the parameter. */
    BuildRequest request() throws MojoExecutionException {
        try {
            List<PlannedBundle> planned = BundlePlanner.plan(bundles);
            CompileOptions options = CompileOptions.resolve(dev(), minifying, optimizationLevel, sourceMaps, properties);
            return new BuildRequest(basedir.toPath(), classesDirectory.toPath(),
                    classpathElements.stream().map(Path::of).toList(), sourceDirectory.toPath(),
                    webappDirectory.toPath(), siteDirectory.toPath(), bundleDirectory == null ? "" : bundleDirectory.trim(),
                    planned, options, cacheDirectory.toPath(), skipCheck, failOnWarning);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("pekoe: " + e.getMessage(), e);
        }
    }
}
