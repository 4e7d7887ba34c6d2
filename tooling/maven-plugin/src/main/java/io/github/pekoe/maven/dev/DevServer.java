package io.github.pekoe.maven.dev;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Serves a built site on 127.0.0.1 with the header {@code Content-Security-Policy: script-src 'self'}, adds
 * {@link ReloadScript} to its HTML pages and, on {@link #reloadPages()}, sends every open page the event that
 * reloads it.
 */
public final class DevServer implements AutoCloseable {
    /** The policy every response carries, so what a strict policy blocks shows up in development. */
    public static final String POLICY = "script-src 'self'";

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "htm",
            "text/html; charset=utf-8", "js", "text/javascript", "css", "text/css", "json", "application/json",
            "map", "application/json", "svg", "image/svg+xml", "png", "image/png", "toml", "text/plain; charset=utf-8");

    private final Path site;
    private final HttpServer server;
    private final List<OutputStream> streams = new CopyOnWriteArrayList<>();

    /** Starts serving {@code site} on 127.0.0.1 at {@code port} (0: any free port). */
    public DevServer(Path site, int port) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.site = site.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "pekoe-dev-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::serve);
        server.start();
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Tells every open page to reload. */
    public void reloadPages() {
        for (OutputStream stream : streams) {
            try {
                stream.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                stream.flush();
            } catch (IOException e) {
                streams.remove(stream);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
        String path = exchange.getRequestURI().getPath();
        if (path.equals(ReloadScript.EVENTS)) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            OutputStream stream = exchange.getResponseBody();
            stream.write(": open\n\n".getBytes(StandardCharsets.UTF_8));
            stream.flush();
            streams.add(stream);
            return;
        }
        if (path.equals(ReloadScript.PATH)) {
            send(exchange, 200, "text/javascript", ReloadScript.TEXT.getBytes(StandardCharsets.UTF_8));
            return;
        }
        Path file = site.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (path.equals("/favicon.ico") && !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(204, -1);   // browsers ask for it on every page; no icon is no error
            exchange.close();
            return;
        }
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            send(exchange, 404, "text/plain; charset=utf-8", ("not found: " + path).getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.getOrDefault(extension, "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        if (type.startsWith("text/html")) {
            body = ReloadScript.inject(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, 200, type, body);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
