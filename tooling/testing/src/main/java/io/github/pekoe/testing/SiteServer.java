package io.github.pekoe.testing;

import com.sun.net.httpserver.HttpHandler;
import io.github.pekoe.testing.internal.SiteHttp;
import io.github.pekoe.testing.internal.Sites;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A static web server over a built site on 127.0.0.1 with an ephemeral port, with optional response
 * headers (a Content-Security-Policy, say) and routes (an API the pages call). A test class that
 * needs them registers one; its tests' pages then load from it:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SiteServer SITE = SiteServer.over(Path.of("target/site"))
 *         .header("Content-Security-Policy", "script-src 'self'")
 *         .route("/api/time", exchange -> { ... });
 * }</pre>
 *
 * It starts on first use and stops after the class. Files are served with their content type,
 * {@code index.html} for a directory, and 404 for what is missing or outside the directory.
 */
public final class SiteServer implements Site, BeforeAllCallback, AfterAllCallback {

    private final Path root;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, HttpHandler> routes = new LinkedHashMap<>();
    private SiteHttp http;

    private SiteServer(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** A server of the files below {@code dir}, not started yet; {@code dir} must exist when it starts. */
    public static SiteServer over(Path dir) {
        return new SiteServer(dir);
    }

    /** Adds the header {@code name: value} to every response; only before the server starts. */
    public synchronized SiteServer header(String name, String value) {
        unstarted("header " + name);
        headers.put(name, value);
        return this;
    }

    /**
     * Answers every request whose path starts with {@code pathPrefix} (such as {@code "/api/"}) with
     * {@code handler} instead of a file; only before the server starts.
     */
    public synchronized SiteServer route(String pathPrefix, HttpHandler handler) {
        unstarted("route " + pathPrefix);
        if (!pathPrefix.startsWith("/")) {
            throw new IllegalArgumentException("a route starts with '/': " + pathPrefix);
        }
        routes.put(pathPrefix, handler);
        return this;
    }

    /**
     * Starts serving, if it does not yet.
     *
     * @throws IllegalStateException when the directory does not exist or the port cannot be bound
     */
    public synchronized SiteServer start() {
        if (http == null) {
            http = SiteHttp.start(root, headers, routes);
        }
        return this;
    }

    /** The port it listens on; starts it first. */
    public int port() {
        return start().http.port();
    }

    /** The absolute URL of {@code path} on this server; starts it first. */
    @Override
    public String url(String path) {
        return "http://127.0.0.1:" + port() + (path.startsWith("/") ? path : "/" + path);
    }

    /** Stops serving at once; a later use starts it again. */
    @Override
    public synchronized void close() {
        if (http != null) {
            http.close();
            http = null;
        }
    }

    /** Makes this the site of the registering class's tests. */
    @Override
    public void beforeAll(ExtensionContext context) {
        Sites.useForClass(this);
    }

    /** Stops the server and gives the suite's site back. */
    @Override
    public void afterAll(ExtensionContext context) {
        Sites.useForClass(null);
        close();
    }

    private void unstarted(String what) {
        if (http != null) {
            throw new IllegalStateException("cannot add " + what + ": the server over " + root + " already runs");
        }
    }
}
