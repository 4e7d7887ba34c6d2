package io.github.pekoe.examples.server;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded static web server: directories mounted under URL prefixes, served with Pekoe's
 * content security policy, {@code nosniff}, {@code no-cache} and gzip. Started by {@link #start};
 * {@link #close} stops it at once. Extra endpoints (an API for a test, say) join through
 * {@link #handle} and get the same common headers.
 */
public final class StaticSite implements AutoCloseable {

    private static final int THREADS = 8;

    static {
        // The JDK server writes headers and body apart; with Nagle's algorithm on, the client's delayed
        // ACK then holds every response about 40 ms. Read once, when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<AutoCloseable> companions = new ArrayList<>();

    private StaticSite(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds {@code host:port} (port 0 picks a free one), mounts each directory of {@code roots}
     * under its prefix (such as {@code "/"} or {@code "/test/"}; the longest matching prefix wins)
     * and starts serving.
     *
     * @throws IOException when the address cannot be bound
     * @throws IllegalArgumentException when a root is not a directory
     */
    public static StaticSite start(String host, int port, Map<String, Path> roots) throws IOException {
        for (Map.Entry<String, Path> root : roots.entrySet()) {
            if (!Files.isDirectory(root.getValue())) {
                throw new IllegalArgumentException("not a directory: " + root.getValue() + " (for " + root.getKey() + ")");
            }
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(executor);
        StaticSite site = new StaticSite(server, executor);
        roots.forEach((prefix, dir) -> site.handle(mountPoint(prefix), new StaticFileHandler(dir.toAbsolutePath())));
        server.start();
        return site;
    }

    /**
     * Registers {@code handler} for every request path starting with {@code contextPath}, with the
     * common headers already set; works while the site is running.
     */
    public void handle(String contextPath, HttpHandler handler) {
        HttpContext context = server.createContext(contextPath, handler);
        context.getFilters().add(new CommonHeaders());
    }

    /**
     * A handler serving the files below {@code dir} as the mounted roots are served (index pages, 404s,
     * gzip), for a caller that mounts it itself with {@link #handle}, wrapped in its own handler.
     */
    public static HttpHandler files(Path dir) {
        return new StaticFileHandler(dir.toAbsolutePath());
    }

    /** The host name or address the site listens on, e.g. {@code 127.0.0.1}. */
    public String host() {
        return server.getAddress().getHostString();
    }

    /** The port the site listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The absolute URL of {@code path} on this site, e.g. {@code http://127.0.0.1:8000/hello.html}. */
    public String url(String path) {
        String host = host();
        String authority = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return "http://" + authority + ":" + port() + (path.startsWith("/") ? path : "/" + path);
    }

    /** Has {@link #close} close {@code companion} too, such as a server the site's pages talk to. */
    public synchronized void closeWith(AutoCloseable companion) {
        companions.add(companion);
    }

    /** Stops the site at once, dropping any exchange still in progress, and closes its companions. */
    @Override
    public synchronized void close() {
        server.stop(0);
        executor.shutdownNow();
        for (AutoCloseable companion : companions) {
            try {
                companion.close();
            } catch (Exception e) {
                System.err.println("Pekoe site: cannot close " + companion + ": " + e);
            }
        }
        companions.clear();
    }

    private static String mountPoint(String prefix) {
        String withLeading = prefix.startsWith("/") ? prefix : "/" + prefix;
        return withLeading.endsWith("/") ? withLeading : withLeading + "/";
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "pekoe-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
