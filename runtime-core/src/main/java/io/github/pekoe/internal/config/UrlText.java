package io.github.pekoe.internal.config;

import io.github.pekoe.internal.js.JsPrimitives;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.Promises;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Reads a text file from the page's server, blocking the calling TeaVM thread. */
public final class UrlText {
    private UrlText() {
    }

    /**
     * Returns the body of a GET of {@code url}, named {@code origin} in messages; null, at once, for a
     * null {@code url}.
     *
     * @throws ConfigException if the request fails or the status is not 2xx
     */
    public static String get(String url, String origin) {
        if (url == null) {
            return null;
        }
        JSObject xhr = Promises.settle(request(url)).value();
        String failure;
        if (JsPrimitives.isString(xhr)) {
            failure = JsPrimitives.string(xhr);
        } else {
            int status = (int) JsProperties.getNumber(xhr, "status");
            if (status >= 200 && status < 300) {
                return JsProperties.getString(xhr, "responseText");
            }
            failure = status == 0 ? "the request failed (network error or refused)"
                    : "HTTP " + status + " " + JsProperties.getString(xhr, "statusText");
        }
        throw new ConfigException("could not load the config '" + url + "' named in " + origin + ": " + failure);
    }

    /** A promise of the finished XMLHttpRequest of a GET of {@code url}, or of the message of what refused it. */
    @JSBody(params = "url", script = "return new Promise(function (ok) { var x = new XMLHttpRequest();"
            + " x.onreadystatechange = function () { if (x.readyState === 4) { ok(x); } };"
            + " try { x.open('GET', url); x.send(); } catch (e) { ok(String(e && e.message || e)); } });")
    private static native JSObject request(String url);
}
