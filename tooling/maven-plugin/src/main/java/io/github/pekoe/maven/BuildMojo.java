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

/**
 * Goal {@code pekoe:build} (phase {@code process-classes}, so a project's tests see the built site): compiles
 * the bundles with TeaVM and Pekoe's settings into {@code target/site/app}, copies {@code src/main/webapp} to
 * {@code target/site} and runs the page check over its pages. Maven sets the fields from the pom; the
 * descriptor {@code META-INF/maven/plugin.xml} lists them with their defaults and properties.
 */
public class BuildMojo extends AbstractMojo {
    private File basedir;
    private File classesDirectory;
    private List<String> classpathElements;
    private File sourceDirectory;
    private File webappDirectory;
    private File siteDirectory;
    private String bundleDirectory;
    private List<Bundle> bundles;
    private boolean dev;
    private Boolean minifying;
    private String optimizationLevel;
    private Boolean sourceMaps;
    private Map<String, String> properties;
    private File cacheDirectory;
    private boolean skipCheck;
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

    /** The build the parameters describe; a bad one is an execution error naming the parameter. */
    BuildRequest request() throws MojoExecutionException {
        try {
            List<PlannedBundle> planned = BundlePlanner.plan(bundles);
            CompileOptions options = CompileOptions.resolve(dev, minifying, optimizationLevel, sourceMaps, properties);
            return new BuildRequest(basedir.toPath(), classesDirectory.toPath(),
                    classpathElements.stream().map(Path::of).toList(), sourceDirectory.toPath(),
                    webappDirectory.toPath(), siteDirectory.toPath(), bundleDirectory == null ? "" : bundleDirectory.trim(),
                    planned, options, cacheDirectory.toPath(), skipCheck, failOnWarning);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("pekoe: " + e.getMessage(), e);
        }
    }
}
