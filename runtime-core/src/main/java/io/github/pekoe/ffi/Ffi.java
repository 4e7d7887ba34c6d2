package io.github.pekoe.ffi;

import io.github.pekoe.internal.interop.JsOps;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JavaToJs;
import io.github.pekoe.internal.js.JsHolder;
import io.github.pekoe.internal.js.JsPrimitives;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.JsToJava;
import io.github.pekoe.internal.js.NodeHolder;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSByRef;
import org.teavm.jso.JSObject;

/**
 * Converts plain data between Java and JavaScript (PyScript's {@code pyscript.ffi}).
 *
 * <pre>{@code
 * JSObject options = Ffi.toJs(Map.of("body", "Saved", "tags", List.of("a", "b")));
 * Map<?, ?> back = (Map<?, ?>) Ffi.toJava(options);    // {body=Saved, tags=[a, b]}
 * Ffi.assign(options, Map.of("icon", "icon.png"));     // like Object.assign
 * }</pre>
 */
public final class Ffi {
    private Ffi() {
    }

    /**
     * Returns the JavaScript form of {@code value}: a {@code Map} becomes a plain object (keys as
     * text), an {@code Iterable} or {@code Object[]} an array, both converted all the way down;
     * {@code byte[]} a {@code Uint8Array} (a copy); a {@code String} or {@code Character} a string; a
     * {@code Number} a number; a {@code Boolean} a boolean; null JavaScript's null. A JavaScript object
     * stays as it is, an element of the {@code web} API gives its DOM node, a {@link JsValue} its value
     * and a {@link JsCallback} its function.
     *
     * @throws IllegalArgumentException for any other Java object, naming its class, and for maps, lists
     *     and arrays nested more than 512 levels deep (or containing themselves)
     */
    public static @Nullable JSObject toJs(@Nullable Object value) {
        return toJs(value, 0);
    }

    private static @Nullable JSObject toJs(@Nullable Object value, int depth) {
        if (value == null) {
            return null;
        }
        if (value instanceof String || value instanceof Character) {
            return JsPrimitives.of(String.valueOf(value));
        }
        if (value instanceof Number) {
            return JsPrimitives.of(((Number) value).doubleValue());
        }
        if (value instanceof Boolean) {
            return JsPrimitives.of(((Boolean) value).booleanValue());
        }
        if (value instanceof byte[]) {
            return uint8((byte[]) value);
        }
        if (value instanceof Map) {
            return object((Map<?, ?>) value, deeper(depth));
        }
        if (value instanceof Iterable) {
            return array((Iterable<?>) value, deeper(depth));
        }
        if (value instanceof Object[]) {
            return array(Arrays.asList((Object[]) value), deeper(depth));
        }
        if (value instanceof JsHolder) {
            return ((JsHolder) value).js();
        }
        if (value instanceof NodeHolder) {
            return ((NodeHolder) value).dom();
        }
        if (value instanceof JSObject) {
            return (JSObject) value;
        }
        throw new IllegalArgumentException("Ffi.toJs cannot convert a " + value.getClass().getName()
                + ": give a Map, Iterable, array, byte[], String, number, Boolean, null or a JavaScript object");
    }

    /**
     * Returns the Java form of {@code value}: a plain object becomes a {@code LinkedHashMap} (key
     * order kept), an array an {@code ArrayList}, a {@code Uint8Array} a {@code byte[]}, a string a
     * {@code String}, a number a {@code Long} when it is whole and exact or else a {@code Double}, a
     * boolean a {@code Boolean}, null and undefined null. Other objects (DOM nodes, functions,
     * instances of classes) stay as they are.
     */
    public static @Nullable Object toJava(@Nullable JSObject value) {
        return JsToJava.convert(value);
    }

    /** Tells whether {@code value} is Java's null or JavaScript's null or undefined (PyScript's {@code is_none}). */
    public static boolean isNone(@Nullable Object value) {
        return value == null || value instanceof JSObject && JsOps.isNone((JSObject) value);
    }

    /**
     * Copies the properties of each source, in order, onto {@code target} as JavaScript's
     * {@code Object.assign} does; a source may be a {@code Map} (converted with {@link #toJs}) or a
     * JavaScript object. Returns {@code target}.
     *
     * @throws IllegalArgumentException if {@code target} is none, {@code sources} is a null array, or a
     *     source cannot be converted; a null source is skipped, as {@code Object.assign} skips it
     */
    public static JSObject assign(JSObject target, @Nullable Object... sources) {
        if (isNone(target)) {
            throw new IllegalArgumentException("Ffi.assign needs a target object, not null");
        }
        if (sources == null) {
            throw new IllegalArgumentException("Ffi.assign needs an array of sources, not null");
        }
        for (Object source : sources) {
            merge(target, toJs(source));
        }
        return target;
    }

    private static int deeper(int depth) {
        if (depth >= JavaToJs.MAX_DEPTH) {
            throw new IllegalArgumentException("Ffi.toJs cannot convert maps, lists or arrays nested more than "
                    + JavaToJs.MAX_DEPTH + " levels deep (does one contain itself?)");
        }
        return depth + 1;
    }

    private static JSObject object(Map<?, ?> map, int depth) {
        JSObject object = JsProperties.newObject();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            JsProperties.define(object, String.valueOf(entry.getKey()), toJs(entry.getValue(), depth));
        }
        return object;
    }

    private static JSObject array(Iterable<?> items, int depth) {
        JSObject array = ArrayLike.newArray();
        for (Object item : items) {
            ArrayLike.push(array, toJs(item, depth));
        }
        return array;
    }

    @JSBody(params = "v", script = "return new Uint8Array(v);")
    private static native JSObject uint8(@JSByRef byte[] v);

    @JSBody(params = {"t", "s"}, script = "Object.assign(t, s);")
    private static native void merge(JSObject t, JSObject s);
}
