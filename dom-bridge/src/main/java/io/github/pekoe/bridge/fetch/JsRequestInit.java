package io.github.pekoe.bridge.fetch;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSObjects;

/** The options object of {@code fetch(url, init)}: a plain JavaScript object. */
@JSClass(transparent = true)
public abstract class JsRequestInit implements JSObject {
    JsRequestInit() {
    }

    /** Returns a new, empty options object. */
    public static JsRequestInit create() {
        return JSObjects.create();
    }

    /** Sets the HTTP method. */
    @JSProperty
    public native void setMethod(String method);

    /** Sets the request headers. */
    @JSProperty
    public native void setHeaders(JsHeaders headers);

    /** Sets the request body: a string, typed array, Blob, FormData or URLSearchParams. */
    @JSProperty
    public native void setBody(JSObject body);

    /** Sets {@code credentials}: omit, same-origin or include. */
    @JSProperty
    public native void setCredentials(String credentials);

    /** Sets {@code mode}: cors, no-cors or same-origin. */
    @JSProperty
    public native void setMode(String mode);

    /** Sets {@code cache}: default, no-store, reload, no-cache, force-cache or only-if-cached. */
    @JSProperty
    public native void setCache(String cache);

    /** Sets {@code redirect}: follow, error or manual. */
    @JSProperty
    public native void setRedirect(String redirect);

    /** Sets the {@code AbortSignal} that cancels the request. */
    @JSProperty
    public native void setSignal(JSObject signal);
}
