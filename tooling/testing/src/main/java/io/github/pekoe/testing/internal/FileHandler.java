package io.github.pekoe.testing.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Serves the files below one directory for GET and HEAD: a directory by its {@code index.html}, each
 * file with its content type; 404 for what is missing or would leave the directory, 405 for other methods.
 */
final class FileHandler implements HttpHandler {

    private static final String TEXT = "text/plain; charset=utf-8";

    private final Path root;

    FileHandler(Path root) {
        this.root = root;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (exchange.getRequestMethod()) {
                case "GET" -> serve(exchange, true);
                case "HEAD" -> serve(exchange, false);
                default -> {
                    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                    reply(exchange, 405, TEXT, bytes(exchange.getRequestMethod() + " is not served here"), true);
                }
            }
        }
    }

    private void serve(HttpExchange exchange, boolean body) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (file.startsWith(root) && Files.isRegularFile(file)) {
            reply(exchange, 200, contentType(file.getFileName().toString()), Files.readAllBytes(file), body);
        } else {
            reply(exchange, 404, TEXT, bytes("not found: " + path), body);
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, byte[] content, boolean body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(status, body ? (content.length == 0 ? -1 : content.length) : -1);
        if (body && content.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content);
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The content type of a file named {@code name}, by its extension. */
    static String contentType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "html", "htm" -> "text/html; charset=utf-8";
            case "js", "mjs" -> "text/javascript; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "json", "map" -> "application/json; charset=utf-8";
            case "toml" -> "application/toml; charset=utf-8";
            case "txt", "java", "py" -> "text/plain; charset=utf-8";
            case "csv" -> "text/csv; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "ico" -> "image/x-icon";
            case "wasm" -> "application/wasm";
            default -> "application/octet-stream";
        };
    }
}
