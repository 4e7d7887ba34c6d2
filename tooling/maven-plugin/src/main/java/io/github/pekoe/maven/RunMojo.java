package io.github.pekoe.maven;

import io.github.pekoe.maven.build.BuildRequest;
import io.github.pekoe.maven.dev.DevSession;
import io.github.pekoe.maven.dev.JavaRecompiler;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Goal {@code pekoe:run}: after the build up to {@code process-classes} (which runs {@code pekoe:build}), serves
 * the site on 127.0.0.1 (port 8000, {@code PEKOE_PORT} overrides) with {@code Content-Security-Policy:
 * script-src 'self'}, rebuilds when a Java source or a site file changes and reloads the open pages, until
 * Maven is stopped. Dev mode is on unless the pom says {@code <dev>false</dev>}.
 */
public class RunMojo extends BuildMojo {
    private int port;
    private String release;

    /** A goal for Maven to configure. */
    public RunMojo() {
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
