package io.github.pekoe.examples.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.pekoe.json.Json;
import io.github.pekoe.json.JsonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gallery's small API under {@code /api/}, which the fetch page calls: {@code GET tea} (JSON),
 * {@code GET haiku} (text) and {@code POST echo} (answers a posted JSON form). Anything else is a
 * 404 with a JSON error.
 */
public final class GalleryApi implements HttpHandler {

    /** Where the API is mounted. */
    public static final String CONTEXT = "/api/";

    private static final String HAIKU = "Steam over the cup\nJava compiled ahead of time\nThe page pours itself";

    private GalleryApi() {
    }

    /** Mounts the API on {@code site} under {@link #CONTEXT}. */
    public static void mount(StaticSite site) {
        site.handle(CONTEXT, new GalleryApi());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        switch (method + " " + Replies.subPath(exchange)) {
            case "GET tea" -> Replies.json(exchange, 200, tea());
            case "GET haiku" -> Replies.text(exchange, 200, HAIKU);
            case "POST echo" -> echo(exchange);
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
        Map<String, Object> form;
        try {
            form = Json.parseObject(text);
        } catch (JsonException e) {
            Replies.json(exchange, 400, Map.of("error", "the body must be a JSON object: " + e.getMessage()));
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("greeting", "Hello, " + form.getOrDefault("name", "stranger") + "! One cup of "
                + form.getOrDefault("tea", "tea") + " coming up.");
        answer.put("contentType", exchange.getRequestHeaders().getFirst("Content-Type"));
        answer.put("received", form);
        Replies.json(exchange, 200, answer);
    }
}
