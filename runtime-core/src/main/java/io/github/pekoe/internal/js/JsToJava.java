package io.github.pekoe.internal.js;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSByRef;
import org.teavm.jso.JSObject;

/**
 * Converts plain JavaScript data to Java: objects to {@code LinkedHashMap} (key order kept), arrays
 * to {@code ArrayList}, {@code Uint8Array} to {@code byte[]} (a copy), strings, booleans, numbers
 * ({@code Long} when integral and exact, else {@code Double}), null and undefined to null. Other
 * objects (DOM nodes, functions) stay as they are.
 */
public final class JsToJava {
    private static final double MAX_EXACT = 9007199254740991.0;
    /** The kinds {@link #kindOf} tells: null or undefined, then JavaScript's primitives and objects. */
    private static final int NOTHING = 0;
    private static final int STRING = 1;
    private static final int BOOLEAN = 2;
    private static final int NUMBER = 3;
    private static final int ARRAY = 4;
    private static final int PLAIN = 5;
    private static final int BYTES = 6;
    private static final int OTHER = 7;

    private JsToJava() {
    }

    /**
     * Returns the Java form of {@code value}.
     *
     * @throws IllegalArgumentException if it nests objects and arrays more than 512 levels deep (or
     *     contains itself)
     */
    public static Object convert(JSObject value) {
        return convert(value, 0);
    }

    private static Object convert(JSObject value, int depth) {
        switch (kindOf(value)) {
            case NOTHING:
                return null;
            case STRING:
                return JsPrimitives.string(value);
            case BOOLEAN:
                return JsPrimitives.bool(value);
            case NUMBER:
                return number(JsPrimitives.number(value));
            case ARRAY:
                return list(value, deeper(depth));
            case PLAIN:
                return map(value, deeper(depth));
            case BYTES:
                return bytes(value);
            default:
                return value;
        }
    }

    /** Returns {@code n} as a Long when it is a whole number JavaScript holds exactly, else as a Double. */
    public static Object number(double n) {
        if (n == Math.floor(n) && Math.abs(n) <= MAX_EXACT && !(n == 0 && 1 / n < 0)) {
            return (long) n;
        }
        return n;
    }

    private static int deeper(int depth) {
        if (depth >= JavaToJs.MAX_DEPTH) {
            throw new IllegalArgumentException("JavaScript data nested over " + JavaToJs.MAX_DEPTH
                    + " levels deep (or containing itself)");
        }
        return depth + 1;
    }

    private static List<Object> list(JSObject array, int depth) {
        int length = ArrayLike.length(array);
        List<Object> list = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            list.add(convert(ArrayLike.item(array, i), depth));
        }
        return list;
    }

    private static Map<String, Object> map(JSObject object, int depth) {
        JSObject keys = keys(object);
        int length = ArrayLike.length(keys);
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < length; i++) {
            String key = JsPrimitives.string(ArrayLike.item(keys, i));
            map.put(key, convert(JsProperties.get(object, key), depth));
        }
        return map;
    }

    /**
     * What {@code v} is, as one of the kinds above (a number, not a name: a switch on strings costs a
     * bundle their hash codes); functions, symbols and objects with a prototype of their own are
     * {@link #OTHER}.
     */
    @JSBody(params = "v", script = "if (v === null || v === undefined) return 0;"
            + "var t = typeof v;"
            + "if (t === 'string') return 1;"
            + "if (t === 'boolean') return 2;"
            + "if (t === 'number') return 3;"
            + "if (t !== 'object') return 7;"
            + "if (Array.isArray(v)) return 4;"
            + "if (v instanceof Uint8Array) return 6;"
            + "var p = Object.getPrototypeOf(v);"
            + "return p === Object.prototype || p === null ? 5 : 7;")
    private static native int kindOf(JSObject v);

    @JSBody(params = "v", script = "return new Int8Array(v);")
    @JSByRef
    private static native byte[] bytes(JSObject v);

    @JSBody(params = "v", script = "return Object.keys(v);")
    private static native JSObject keys(JSObject v);
}
