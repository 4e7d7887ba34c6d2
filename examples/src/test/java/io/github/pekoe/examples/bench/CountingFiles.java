package io.github.pekoe.examples.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.pekoe.examples.server.StaticSite;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's static files: a {@link StaticSite#files} handler that adds every body byte it
 * writes to a counter, and that gives the PyScript pages ({@code *.mpy.html}) the content security
 * policy they need beyond Pekoe's: MicroPython is WebAssembly, which {@code script-src} must allow
 * with {@code 'wasm-unsafe-eval'}; PyScript's core builds functions from strings, which needs
 * {@code 'unsafe-eval'}; and it starts its workers from {@code blob:} URLs. The PyScript worker pages are
 * also served cross-origin isolated (COOP and COEP), without which PyScript's workers never start. The
 * hand-written JavaScript pages ({@code *.vanilla.html}) create no Trusted Types policy, so they get
 * Pekoe's policy without Trusted Types.
 */
final class CountingFiles implements HttpHandler {

    /** The policy of the hand-written JavaScript pages: Pekoe's, without Trusted Types. */
    static final String VANILLA_POLICY = "script-src 'self'; object-src 'none'; style-src 'self'";

    /** The policy of the PyScript pages: Pekoe's, plus WebAssembly, evaluated strings and blob: workers. */
    static final String PYSCRIPT_POLICY =
            "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; worker-src 'self' blob:; object-src 'none'";

    private final HttpHandler files;
    private final AtomicLong bytes;

    /** Serves {@code dir}, counting into {@code bytes}. */
    CountingFiles(Path dir, AtomicLong bytes) {
        this.files = StaticSite.files(dir);
        this.bytes = bytes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith(".mpy.html")) {
            exchange.getResponseHeaders().set("Content-Security-Policy", PYSCRIPT_POLICY);
        } else if (path.endsWith(".vanilla.html")) {
            exchange.getResponseHeaders().set("Content-Security-Policy", VANILLA_POLICY);
        }
        if (path.endsWith("/worker.mpy.html") || path.endsWith("/worker-web.mpy.html")) {
            // PyScript's workers wait for SharedArrayBuffer, which only a cross-origin isolated page has.
            exchange.getResponseHeaders().set("Cross-Origin-Opener-Policy", "same-origin");
            exchange.getResponseHeaders().set("Cross-Origin-Embedder-Policy", "require-corp");
        }
        count(exchange, bytes);
        files.handle(exchange);
    }

    /** Has every body byte {@code exchange} writes added to {@code bytes}. */
    static void count(HttpExchange exchange, AtomicLong bytes) {
        exchange.setStreams(null, new FilterOutputStream(exchange.getResponseBody()) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                bytes.addAndGet(len);
            }
        });
    }
}
