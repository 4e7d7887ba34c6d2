package io.github.pekoe.examples.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gallery's small API under {@code /api/}, which the fetch page calls: {@code GET tea} (JSON),
 * {@code GET haiku} (text) and {@code POST echo} (answers a posted JSON form); and the websocket
 * page's config {@code GET websocket.json}, which names the {@link EchoSocketServer}'s URL as
 * {@code "echo"}. Anything else is a 404 with a JSON error.
 */
public final class GalleryApi implements HttpHandler {

    /** Where the API is mounted. */
    public static final String CONTEXT = "/api/";

    private static final String HAIKU = "Steam over the cup\nJava compiled ahead of time\nThe page pours itself";

    private final String echoUrl;

    private GalleryApi(String echoUrl) {
        this.echoUrl = echoUrl;
    }

    /**
     * Starts an {@link EchoSocketServer} on the site's host (a free port, closed with the site) and
     * mounts the API on {@code site} under {@link #CONTEXT}; returns the echo server.
     *
     * @throws IOException when the echo server cannot start
     */
    public static EchoSocketServer mount(StaticSite site) throws IOException {
        EchoSocketServer echo = EchoSocketServer.start(site.host(), 0);
        site.closeWith(echo);
        site.handle(CONTEXT, new GalleryApi(echo.url()));
        return echo;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        switch (method + " " + Replies.subPath(exchange)) {
            case "GET tea" -> Replies.json(exchange, 200, tea());
            case "GET haiku" -> Replies.text(exchange, 200, HAIKU);
            case "POST echo" -> echo(exchange);
            case "GET websocket.json" -> Replies.json(exchange, 200, Map.of("echo", echoUrl));
            default -> Replies.json(exchange, 404, Map.of("error", "no endpoint " + method + " "
                    + exchange.getRequestURI().getPath()));
        }
    }

    private static Map<String, Object> tea() {
        Map<String, Object> tea = new LinkedHashMap<>();
        tea.put("name", "Orange Pekoe");
        tea.put("origin", "Sri Lanka");
        tea.put("grades", List.of("OP", "FOP", "BOP"));
        Map<String, Object> steep = new LinkedHashMap<>();
        steep.put("minutes", 4);
        steep.put("celsius", 92.5);
        tea.put("steep", steep);
        tea.put("caffeine", true);
        return tea;
    }

    private static void echo(HttpExchange exchange) throws IOException {
        String text = new String(Replies.body(exchange), StandardCharsets.UTF_8);
        JsonObject form;
        try {
            JsonElement parsed = JsonParser.parseString(text);
            if (!parsed.isJsonObject()) {
                throw new JsonParseException("it is " + (parsed.isJsonArray() ? "an array" : "not an object"));
            }
            form = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            Replies.json(exchange, 400, Map.of("error", "the body must be a JSON object: " + e.getMessage()));
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("greeting", "Hello, " + text(form, "name", "stranger") + "! One cup of "
                + text(form, "tea", "tea") + " coming up.");
        answer.put("contentType", exchange.getRequestHeaders().getFirst("Content-Type"));
        answer.put("received", form);
        Replies.json(exchange, 200, answer);
    }

    /** The member {@code name} as text (a string's own text, other values as JSON), or {@code fallback}. */
    private static String text(JsonObject form, String name, String fallback) {
        JsonElement value = form.get(name);
        if (value == null) {
            return fallback;
        }
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() ? value.getAsString() : value.toString();
    }
}
