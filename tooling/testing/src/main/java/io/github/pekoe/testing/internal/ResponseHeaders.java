package io.github.pekoe.testing.internal;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;

/** Sets a site's configured headers on every response, before its handler runs. */
final class ResponseHeaders extends Filter {

    private final Map<String, String> headers;

    ResponseHeaders(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        chain.doFilter(exchange);
    }

    @Override
    public String description() {
        return "the site's response headers";
    }
}
