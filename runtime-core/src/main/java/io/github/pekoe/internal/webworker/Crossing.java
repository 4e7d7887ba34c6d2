package io.github.pekoe.internal.webworker;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;

/** Which property values go between the page and a worker: null, booleans, numbers and strings. */
final class Crossing {
    /** The kinds that cross, for messages. */
    static final String KINDS = "null, a Boolean, a number or a String";

    private Crossing() {
    }

    /** Tells whether {@code value} goes between the page and a worker as it is. */
    static boolean crosses(@Nullable Object value) {
        return value == null || value instanceof String || value instanceof Boolean || value instanceof Number;
    }

    /**
     * Names a value that does not cross, for a message: "a List", "a JavaScript object". It names no
     * class: asking an object for its class name would put every class's name in the bundle.
     */
    static String describe(Object value) {
        if (value instanceof List) {
            return "a List";
        }
        if (value instanceof Map) {
            return "a Map";
        }
        if (value instanceof Object[]) {
            return "an array";
        }
        return value instanceof JSObject ? "a JavaScript object" : "an object of another kind";
    }
}
