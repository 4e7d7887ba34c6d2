package io.github.pekoe.maven.dev;

import io.github.pekoe.maven.build.BuildFailure;
import io.github.pekoe.maven.build.BuildLog;
import io.github.pekoe.maven.build.BuildRequest;
import io.github.pekoe.maven.build.SiteBuild;
import java.io.IOException;
import java.util.List;

/**
 * A development session: serves the built site and, whenever a Java source or a site file changes, compiles the
 * Java again (when a source changed), builds the site again and reloads the open pages. A failed build is logged
 * and the pages keep what they have; the next change tries again.
 */
public final class DevSession implements AutoCloseable {
    private static final long POLL_MILLIS = 300;

    private final BuildRequest request;
    private final JavaRecompiler javac;
    private final BuildLog log;
    private final DevServer server;
    private final Thread watcher;
    private volatile boolean open = true;

    /** Serves {@code request}'s site (built already) at {@code port} (0: any free port) and starts watching. */
    public DevSession(BuildRequest request, JavaRecompiler javac, int port, BuildLog log) throws IOException {
        this.request = request;
        this.javac = javac;
        this.log = log;
        this.server = new DevServer(request.site(), port);
        this.watcher = new Thread(this::watch, "pekoe-dev-watcher");
        watcher.setDaemon(true);
        watcher.start();
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
        List<java.nio.file.Path> folders = List.of(request.sources(), request.webapp());
        SourceSnapshot last = SourceSnapshot.of(folders);
        while (open) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            SourceSnapshot now = SourceSnapshot.of(folders);
            if (!now.equals(last)) {
                rebuild(now.javaChangedSince(last));
                last = now;
            }
        }
    }

    private void rebuild(boolean java) {
        try {
            if (java) {
                log.info("Recompiling " + request.sources());
                String errors = javac.compile();
                if (errors != null) {
                    log.error("javac failed; the pages keep the last build:\n" + errors);
                    return;
                }
            }
            SiteBuild.run(request, log);
            log.info("Rebuilt; reloading the open pages");
            server.reloadPages();
        } catch (BuildFailure e) {
            log.error("The build failed; the pages keep the last build: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.error("The rebuild failed: " + e, e);
        }
    }
}
