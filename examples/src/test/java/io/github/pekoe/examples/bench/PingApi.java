package io.github.pekoe.examples.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/** The fetch page's API: {@code GET api/ping} answers {@code {"n": 1}}; anything else is a 404. */
final class PingApi implements HttpHandler {

    private static final byte[] PONG = "{\"n\": 1}".getBytes(StandardCharsets.UTF_8);

    private final AtomicLong bytes;

    /** An API that adds the bytes of its answers to {@code bytes}. */
    PingApi(AtomicLong bytes) {
        this.bytes = bytes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean ping = exchange.getRequestMethod().equals("GET")
                    && exchange.getRequestURI().getPath().endsWith("/api/ping");
            CountingFiles.count(exchange, bytes);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(ping ? 200 : 404, ping ? PONG.length : -1);
            if (ping) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(PONG);
                }
            }
        }
    }
}
