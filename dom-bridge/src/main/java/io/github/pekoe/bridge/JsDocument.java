package io.github.pekoe.bridge;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.JSTopLevel;

/** The page's {@code document}, for the methods teavm-jso-apis does not declare on it. */
public abstract class JsDocument implements JSObject {
    private JsDocument() {
    }

    /** The global {@code document} (pages only: workers have none). */
    @JSTopLevel
    @JSProperty("document")
    public static native JsDocument current();

    /** Returns a new range, collapsed at the start of the document. */
    public abstract JsRange createRange();
}
