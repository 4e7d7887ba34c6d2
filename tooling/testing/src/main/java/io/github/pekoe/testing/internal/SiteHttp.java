package io.github.pekoe.testing.internal;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The running JDK server behind a {@code SiteServer}: files, routes and headers on 127.0.0.1. */
public final class SiteHttp implements AutoCloseable {

    private static final int THREADS = 4;

    static {
        // Without it, each loopback response waits about 40 ms for a delayed ACK. Read when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private SiteHttp(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Serves {@code root} at {@code /} and each route at its prefix, each response with {@code headers},
     * on an ephemeral port of 127.0.0.1.
     *
     * @throws IllegalStateException when {@code root} is not a directory
     * @throws UncheckedIOException when no port can be bound
     */
    public static SiteHttp start(Path root, Map<String, String> headers, Map<String, HttpHandler> routes) {
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("no site to serve: " + root + " is not a directory; build the site first"
                    + " (mvn verify builds it before the tests run)");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1", e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "pekoe-testing-site");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        ResponseHeaders filter = new ResponseHeaders(headers);
        mount(server, "/", new FileHandler(root), filter);
        routes.forEach((prefix, handler) -> mount(server, prefix, handler, filter));
        server.start();
        return new SiteHttp(server, executor);
    }

    private static void mount(HttpServer server, String prefix, HttpHandler handler, ResponseHeaders filter) {
        HttpContext context = server.createContext(prefix, handler);
        context.getFilters().add(filter);
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops at once, dropping exchanges in progress. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
