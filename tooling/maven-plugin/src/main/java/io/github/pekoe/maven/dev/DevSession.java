package io.github.pekoe.maven.dev;

import io.github.pekoe.maven.build.BuildFailure;
import io.github.pekoe.maven.build.BuildLog;
import io.github.pekoe.maven.build.BuildRequest;
import io.github.pekoe.maven.build.SiteBuild;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A development session: serves the built site and, whenever a Java source, a class or a site file changes,
 * builds again and reloads the open pages. Each rebuild goes to a staging folder beside the site and reaches the
 * served site only when it succeeded: a javac error, a TeaVM error or a page check error is logged (the check's
 * findings with their files and lines) and the pages keep the last good build; the next change tries again.
 * A rebuild compiles the Java when a source changed, runs TeaVM when the Java or the classes changed, and
 * otherwise only copies the pages and checks them again.
 */
public final class DevSession implements AutoCloseable {
    private static final long POLL_MILLIS = 300;

    private final BuildRequest request;
    private final BuildRequest staged;
    private final JavaRecompiler javac;
    private final BuildLog log;
    private final DevServer server;
    private final Thread watcher;
    private volatile boolean open = true;
    private boolean javaPending;      // javac failed: the next rebuild compiles again, whatever changed
    private boolean bundlesPending;   // TeaVM or its check failed: the next rebuild runs TeaVM again

    /** Serves {@code request}'s site (built already) at {@code port} (0: any free port) and starts watching. */
    public DevSession(BuildRequest request, JavaRecompiler javac, int port, BuildLog log) throws IOException {
        this.request = request;
        this.staged = request.withSite(stagingFolder(request.site()));
        this.javac = javac;
        this.log = log;
        SiteMirror.mirror(request.site(), staged.site());
        this.server = new DevServer(request.site(), port);
        this.watcher = new Thread(this::watch, "pekoe-dev-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The folder rebuilds of {@code site} are staged in: {@code site.next} beside it. */
    public static Path stagingFolder(Path site) {
        return site.resolveSibling(site.getFileName() + ".next");
    }

    /** The port the site is served on. */
    public int port() {
        return server.port();
    }

    /** Blocks until the session is closed (or the thread interrupted). */
    public void await() throws InterruptedException {
        watcher.join();
    }

    @Override
    public void close() {
        open = false;
        watcher.interrupt();
        server.close();
    }

    private void watch() {
        List<Path> sourceFolders = List.of(request.sources(), request.webapp());
        List<Path> classFolders = List.of(request.classes());
        SourceSnapshot sources = SourceSnapshot.of(sourceFolders);
        SourceSnapshot classes = SourceSnapshot.of(classFolders);
        while (open) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            SourceSnapshot sourcesNow = SourceSnapshot.of(sourceFolders);
            SourceSnapshot classesNow = SourceSnapshot.of(classFolders);
            if (!sourcesNow.equals(sources) || !classesNow.equals(classes)) {
                rebuild(sourcesNow.javaChangedSince(sources), !classesNow.equals(classes));
                sources = sourcesNow;
                classes = SourceSnapshot.of(classFolders);   // what this rebuild's javac wrote is no new change
            }
        }
    }

    private void rebuild(boolean javaChanged, boolean classesChanged) {
        boolean java = javaChanged || javaPending;
        boolean bundles = java || classesChanged || bundlesPending;
        javaPending = java;
        bundlesPending = bundles;
        try {
            if (java) {
                log.info("Recompiling " + request.sources());
                String errors = javac.compile();
                if (errors != null) {
                    log.error("javac failed; the pages keep the last good build:\n" + errors);
                    return;
                }
                javaPending = false;
            }
            if (bundles) {
                SiteBuild.run(staged, log);
            } else {
                log.info("Only site files changed: copying them and checking the pages again, without TeaVM");
                SiteBuild.refreshPages(staged, log);
            }
            bundlesPending = false;
            SiteMirror.mirror(staged.site(), request.site());
            log.info("Rebuilt; reloading the open pages");
            server.reloadPages();
        } catch (BuildFailure e) {
            log.error("The build failed; the pages keep the last good build: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.error("The rebuild failed; the pages keep the last good build: " + e, e);
        }
    }
}
