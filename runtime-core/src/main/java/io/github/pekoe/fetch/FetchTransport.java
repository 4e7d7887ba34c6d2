package io.github.pekoe.fetch;

import io.github.pekoe.bridge.fetch.JsAbortController;
import io.github.pekoe.bridge.fetch.JsFetch;
import io.github.pekoe.bridge.fetch.JsHeaders;
import io.github.pekoe.bridge.fetch.JsRequestInit;
import io.github.pekoe.bridge.fetch.JsResponse;
import java.util.List;
import org.teavm.jso.JSObject;

/** Sends a {@link Fetch} with the browser's {@code fetch}, reading the whole body before it reports. */
final class FetchTransport {
    private FetchTransport() {
    }

    /** Starts the request; returns what aborts it. */
    static Runnable send(Fetch fetch, FetchOptions options) {
        JsAbortController controller = new JsAbortController();
        JsRequestInit init = JsRequestInit.create();
        init.setMethod(fetch.method());
        JsHeaders headers = new JsHeaders();
        List<String> list = options.headerList();
        for (int i = 0; i < list.size(); i += 2) {
            headers.append(list.get(i), list.get(i + 1));
        }
        init.setHeaders(headers);
        JSObject body = options.browserBody();
        if (body != null) {
            init.setBody(body);
        }
        if (options.credentials() != null) {
            init.setCredentials(options.credentials());
        }
        if (options.mode() != null) {
            init.setMode(options.mode());
        }
        if (options.cache() != null) {
            init.setCache(options.cache());
        }
        if (options.redirect() != null) {
            init.setRedirect(options.redirect());
        }
        init.setSignal(controller.getSignal());
        JsFetch.fetch(fetch.url(), init).then(response -> {
            readBody(fetch, response);
            return null;
        }, error -> {
            fetch.failedOnNetwork();
            return null;
        });
        return () -> controller.abort();
    }

    private static void readBody(Fetch fetch, JsResponse response) {
        response.arrayBuffer().then(body -> {
            fetch.arrived(response.getStatus(), response.getStatusText(), response.getUrl(), response.isRedirected(),
                    JsHeaders.lines(response.getHeaders()), body);
            return null;
        }, error -> {
            fetch.bodyCutShort(response.getStatus());
            return null;
        });
    }
}
