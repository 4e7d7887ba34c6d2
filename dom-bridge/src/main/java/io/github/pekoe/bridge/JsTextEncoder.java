package io.github.pekoe.bridge;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Uint8Array;

/** The browser's {@code TextEncoder} (UTF-8), which teavm-jso-apis does not declare. */
@JSClass(name = "TextEncoder")
public class JsTextEncoder implements JSObject {
    /** Creates a UTF-8 encoder. */
    public JsTextEncoder() {
    }

    /** Returns the UTF-8 bytes of {@code text}; lone surrogates become U+FFFD. */
    public native Uint8Array encode(String text);
}
