package io.github.pekoe.examples.server;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * Puts the headers every response carries, on every context of a {@link StaticSite}: the content
 * security policy Pekoe pages must run under, no MIME sniffing, and revalidation on every load so a
 * rebuilt bundle is picked up at once.
 */
final class CommonHeaders extends Filter {

    /**
     * The policy: scripts only from this origin and no plugins; style sheets only from this origin,
     * so no inline {@code <style>} and no style attribute (the CSSOM still works); and Trusted Types,
     * so markup, script text and script URLs reach the DOM only through the one policy Pekoe creates,
     * named {@code pekoe}, when a page sets markup on purpose ({@code HTML(...)},
     * {@code Element.html(String)}, a representation that is markup). A page with two Pekoe bundles
     * that both set markup needs {@code trusted-types pekoe 'allow-duplicates'}.
     */
    static final String CONTENT_SECURITY_POLICY = "script-src 'self'; object-src 'none'; style-src 'self';"
            + " require-trusted-types-for 'script'; trusted-types pekoe";

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cache-Control", "no-cache");
        chain.doFilter(exchange);
    }

    @Override
    public String description() {
        return "Pekoe common response headers";
    }
}
