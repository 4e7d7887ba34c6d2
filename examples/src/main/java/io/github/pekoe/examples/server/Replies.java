package io.github.pekoe.examples.server;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Answers for API endpoints: text, JSON or bytes with a status, and the request body read in full. */
public final class Replies {
    /** Writes maps, lists, strings, numbers, booleans and nulls as they are, markup characters unescaped. */
    private static final Gson JSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private Replies() {
    }

    /** Sends {@code body} with {@code status} and {@code contentType}, then closes the exchange. */
    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Sends {@code text} as UTF-8 {@code text/plain}. */
    public static void text(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code value} written as JSON (maps, lists, strings, numbers, booleans, null). */
    public static void json(HttpExchange exchange, int status, Object value) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JSON.toJson(value).getBytes(StandardCharsets.UTF_8));
    }

    /** The request body, read in full. */
    public static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    /** The path of the request below the context it was routed to, without a leading slash. */
    public static String subPath(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        String context = exchange.getHttpContext().getPath();
        String rest = path.length() > context.length() ? path.substring(context.length()) : "";
        return rest.startsWith("/") ? rest.substring(1) : rest;
    }
}
