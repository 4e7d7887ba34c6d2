package io.github.pekoe.storage;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** The text of IndexedDB failures, for messages. */
final class Idb {
    private Idb() {
    }

    /** A readable text for the error of a failed request or transaction, or of a thrown exception. */
    @JSBody(params = "source", script = "var e = source && source.error !== undefined ? source.error : source;"
            + " return e ? String(e.name || 'Error') + ': ' + String(e.message || e) : 'unknown error';")
    static native String errorText(JSObject source);
}
