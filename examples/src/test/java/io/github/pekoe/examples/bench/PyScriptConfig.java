package io.github.pekoe.examples.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The PyScript pages' config, {@code mpy.json}: it points PyScript at the local MicroPython by an
 * absolute URL, because a PyScript worker runs from a {@code blob:} URL, against which a path such as
 * {@code /npm/...} cannot be resolved.
 */
final class PyScriptConfig implements HttpHandler {

    /** Where the pages find the config. */
    static final String PATH = "/mpy.json";
    /** The interpreter's path on the site. */
    static final String INTERPRETER = "/npm/node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs";

    private final byte[] body;
    private final AtomicLong bytes;

    /** A config naming {@code interpreterUrl}, whose bytes are added to {@code bytes}. */
    PyScriptConfig(String interpreterUrl, AtomicLong bytes) {
        this.body = ("{\"interpreter\": \"" + interpreterUrl + "\"}").getBytes(StandardCharsets.UTF_8);
        this.bytes = bytes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            CountingFiles.count(exchange, bytes);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
