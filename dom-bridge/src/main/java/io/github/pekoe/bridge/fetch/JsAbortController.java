package io.github.pekoe.bridge.fetch;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** The browser's {@code AbortController}: its signal goes with a request, {@link #abort} cancels it. */
@JSClass(name = "AbortController")
public class JsAbortController implements JSObject {
    /** Creates a controller (only where the browser has {@code fetch}). */
    public JsAbortController() {
    }

    /** The signal to pass as the request's {@code signal}. */
    @JSProperty
    public native JSObject getSignal();

    /** Aborts every request that carries this controller's signal. */
    public native void abort();
}
