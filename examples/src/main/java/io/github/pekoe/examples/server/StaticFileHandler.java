package io.github.pekoe.examples.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves the files of one directory, mounted on one context of a {@link StaticSite}: GET and HEAD
 * only, {@code index.html} for a directory, 404 for anything missing or outside the directory, and
 * gzip for text-like files when the client accepts it.
 */
final class StaticFileHandler implements HttpHandler {

    private final Path root;
    private final GzipCache compressed = new GzipCache();

    /** A handler serving the files below {@code root}. */
    StaticFileHandler(Path root) {
        this.root = root;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "405 Method Not Allowed");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String relative = path.substring(Math.min(path.length(), exchange.getHttpContext().getPath().length()));
            Optional<Path> file = SafePaths.resolve(root, relative);
            if (file.isPresent() && Files.isDirectory(file.get())) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    sendText(exchange, 301, "301 Moved Permanently");
                    return;
                }
                file = SafePaths.resolve(root, relative + "index.html");
            }
            if (file.isEmpty() || !Files.isRegularFile(file.get())) {
                sendText(exchange, 404, "404 Not Found");
                return;
            }
            sendFile(exchange, file.get());
        }
    }

    private void sendFile(HttpExchange exchange, Path file) throws IOException {
        ContentTypes.Type type = ContentTypes.of(file.getFileName().toString());
        Headers headers = exchange.getResponseHeaders();
        byte[] body = Files.readAllBytes(file);
        if (type.compressible()) {
            headers.set("Vary", "Accept-Encoding");
            if (Gzip.accepted(exchange.getRequestHeaders().get("Accept-Encoding"))) {
                headers.set("Content-Encoding", "gzip");
                body = compressed.of(file, body);
            }
        }
        headers.set("Content-Type", type.mediaType());
        send(exchange, 200, body);
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(exchange, status, (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
