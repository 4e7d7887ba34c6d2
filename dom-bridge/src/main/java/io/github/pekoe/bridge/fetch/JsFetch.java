package io.github.pekoe.bridge.fetch;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSTopLevel;
import org.teavm.jso.core.JSPromise;

/** The browser's global {@code fetch} function. Check {@code JsProperties.hasGlobal("fetch")} first. */
public abstract class JsFetch implements JSObject {
    private JsFetch() {
    }

    /** Calls {@code fetch(url, init)}: a promise of the response, rejected on network failure or abort. */
    @JSTopLevel
    public static native JSPromise<JsResponse> fetch(String url, JsRequestInit init);
}
