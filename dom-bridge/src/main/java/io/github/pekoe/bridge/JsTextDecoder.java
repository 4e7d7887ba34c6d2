package io.github.pekoe.bridge;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.ArrayBuffer;

/** The browser's {@code TextDecoder} (UTF-8 unless told otherwise), which teavm-jso-apis does not declare. */
@JSClass(name = "TextDecoder")
public class JsTextDecoder implements JSObject {
    /** Creates a UTF-8 decoder that replaces malformed sequences with U+FFFD. */
    public JsTextDecoder() {
    }

    /** Returns the text the bytes of {@code buffer} encode. */
    public native String decode(ArrayBuffer buffer);
}
