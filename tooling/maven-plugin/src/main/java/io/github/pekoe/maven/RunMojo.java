package io.github.pekoe.maven;

import io.github.pekoe.maven.build.BuildRequest;
import io.github.pekoe.maven.dev.DevSession;
import io.github.pekoe.maven.dev.JavaRecompiler;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Builds up to process-classes, then serves the site on 127.0.0.1 (port 8000, PEKOE_PORT overrides) with
 * Content-Security-Policy script-src 'self', rebuilds when a Java source or a site file changes and reloads the
 * open pages.
 *
 * <p>Goal {@code pekoe:run}: after the build up to {@code process-classes} (which runs {@code pekoe:build}), serves
 * the site on 127.0.0.1 (port 8000, {@code PEKOE_PORT} overrides) with {@code Content-Security-Policy:
 * script-src 'self'}, rebuilds when a Java source or a site file changes and reloads the open pages, until
 * Maven is stopped. Dev mode is on unless the pom says {@code <dev>false</dev>}.
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.COMPILE, requiresDirectInvocation = true,
        threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class RunMojo extends BuildMojo {
    /** Dev mode, on by default here: readable code, SIMPLE optimisation, source maps with the Java sources. */
    @Parameter(property = "pekoe.dev", defaultValue = "true")
    private boolean dev;
    /** The port on 127.0.0.1; the environment variable PEKOE_PORT overrides it. */
    @Parameter(property = "pekoe.port", defaultValue = "8000", required = true)
    private int port;
    /** The Java release javac compiles for when a source changes; default 17. */
    @Parameter(property = "maven.compiler.release")
    private String release;

    /** A goal for Maven to configure. */
    public RunMojo() {
    }

    /** Dev mode: this goal's field, which shadows the build goal's to give it the default true. */
    @Override
    boolean dev() {
        return dev;
    }

    /** Serves and rebuilds until Maven is stopped. */
    @Override
    public void execute() throws MojoExecutionException {
        BuildRequest request = request();
        int chosen = ServePort.of(System.getenv("PEKOE_PORT"), port);
        JavaRecompiler javac = new JavaRecompiler(request.sources(), request.classes(), request.classPath(),
                release == null || release.isBlank() ? "17" : release.trim());
        try (DevSession session = new DevSession(request, javac, chosen, new MavenToolLog(getLog()))) {
            getLog().info("Serving " + request.site() + " on http://127.0.0.1:" + session.port() + "/ (Ctrl-C stops)");
            session.await();
        } catch (IOException e) {
            throw new MojoExecutionException("pekoe:run cannot serve on 127.0.0.1:" + chosen + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
