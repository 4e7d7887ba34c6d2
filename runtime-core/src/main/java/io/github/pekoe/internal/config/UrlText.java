package io.github.pekoe.internal.config;

import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.ajax.XMLHttpRequest;

/** Reads a text file from the page's server, blocking the calling TeaVM thread. */
public final class UrlText {
    private UrlText() {
    }

    /**
     * Returns the body of a GET of {@code url}, named {@code origin} in messages.
     *
     * @throws ConfigException if the request fails or the status is not 2xx
     */
    public static String get(String url, String origin) {
        String[] result = request(url);
        if (result[0] != null) {
            return result[0];
        }
        throw new ConfigException("could not load the config '" + url + "' named in " + origin + ": " + result[1]);
    }

    @Async
    private static native String[] request(String url);

    private static void request(String url, AsyncCallback<String[]> callback) {
        try {
            XMLHttpRequest xhr = XMLHttpRequest.create();
            xhr.open("GET", url);
            xhr.onComplete(() -> {
                int status = xhr.getStatus();
                if (status >= 200 && status < 300) {
                    callback.complete(new String[] {xhr.getResponseText(), null});
                } else if (status == 0) {
                    callback.complete(new String[] {null, "the request failed (network error or refused)"});
                } else {
                    callback.complete(new String[] {null, "HTTP " + status + " " + xhr.getStatusText()});
                }
            });
            xhr.send();
        } catch (Throwable e) {
            callback.complete(new String[] {null, String.valueOf(e.getMessage())});
        }
    }
}
