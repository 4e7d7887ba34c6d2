package io.github.pekoe.internal.js;

import java.util.Collection;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Converts plain Java data to JavaScript, the reverse of {@link JsToJava}: null, {@code Boolean},
 * {@code String}, whole numbers ({@code Long}, {@code Integer}, {@code Short}, {@code Byte}) that
 * JavaScript holds exactly, finite {@code Double} and {@code Float}, {@code Map} (keys by
 * {@code String.valueOf}, order kept), {@code Collection} and {@code Object[]}, nested up to 512 levels.
 */
public final class JavaToJs {
    /** The deepest nesting converted either way; deeper data is refused, as a cycle would be. */
    public static final int MAX_DEPTH = 512;
    private static final long MAX_EXACT = 9007199254740991L;

    private JavaToJs() {
    }

    /**
     * Returns the JavaScript form of {@code value}.
     *
     * @throws IllegalArgumentException if it, or anything in it, has no exact JavaScript form
     */
    public static JSObject convert(Object value) {
        return convert(value, 0, null);
    }

    /**
     * As {@link #convert(Object)}, and {@code byte[]} anywhere in it becomes a {@code Uint8Array} with a
     * buffer of its own (a copy), added to {@code transfer} so that a {@code postMessage} can move it
     * instead of copying it again.
     *
     * @throws IllegalArgumentException if it, or anything in it, has no exact JavaScript form
     */
    public static JSObject convertTransferable(Object value, JSObject transfer) {
        return convert(value, 0, transfer);
    }

    private static JSObject convert(Object value, int depth, JSObject transfer) {
        if (value == null) {
            return null;
        }
        if (value instanceof String) {
            return JsPrimitives.of((String) value);
        }
        if (value instanceof Boolean) {
            return JsPrimitives.of(((Boolean) value).booleanValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d != d || d - d != 0) {
                throw new IllegalArgumentException("cannot convert " + value + ": JavaScript data needs finite numbers");
            }
            return JsPrimitives.of(d);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            long n = ((Number) value).longValue();
            if (n > MAX_EXACT || n < -MAX_EXACT) {
                throw new IllegalArgumentException("cannot convert " + n + " exactly: JavaScript numbers hold whole"
                        + " numbers up to 2^53 - 1; send it as a String");
            }
            return JsPrimitives.of((double) n);
        }
        if (value instanceof byte[] && transfer != null) {
            JSObject bytes = copyOf(Bytes.toJs((byte[]) value));
            ArrayLike.push(transfer, JsProperties.get(bytes, "buffer"));
            return bytes;
        }
        if (depth >= MAX_DEPTH) {
            throw new IllegalArgumentException("a value nested more than " + MAX_DEPTH
                    + " levels deep cannot be converted (does a map, list or array contain itself?)");
        }
        if (value instanceof Map) {
            JSObject object = JsProperties.newObject();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                JsProperties.define(object, String.valueOf(entry.getKey()), convert(entry.getValue(), depth + 1, transfer));
            }
            return object;
        }
        if (value instanceof Collection) {
            JSObject array = ArrayLike.newArray();
            for (Object item : (Collection<?>) value) {
                ArrayLike.push(array, convert(item, depth + 1, transfer));
            }
            return array;
        }
        if (value instanceof Object[]) {
            JSObject array = ArrayLike.newArray();
            for (Object item : (Object[]) value) {
                ArrayLike.push(array, convert(item, depth + 1, transfer));
            }
            return array;
        }
        throw new IllegalArgumentException("cannot convert a " + value.getClass().getName() + " to JavaScript data");
    }

    @JSBody(params = "view", script = "return new Uint8Array(view);")
    private static native JSObject copyOf(JSObject view);
}
