package io.github.pekoe.bridge.fetch;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSProperty;
import org.teavm.jso.ajax.XMLHttpRequest;

/** TeaVM's {@code XMLHttpRequest}, plus the settings it does not declare. */
@JSClass(name = "XMLHttpRequest")
public class JsXmlHttpRequest extends XMLHttpRequest {
    /** Creates a request. */
    public JsXmlHttpRequest() {
    }

    /** Sets how many milliseconds the request may take before it fails with a timeout (0: no limit). */
    @JSProperty
    public native void setTimeout(int millis);

    /** Sets whether a cross-origin request sends and receives cookies and HTTP authentication. */
    @JSProperty
    public native void setWithCredentials(boolean withCredentials);
}
