package io.github.pekoe.ffi;

import io.github.pekoe.internal.interop.JsOps;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JsHolder;
import io.github.pekoe.internal.js.JsPrimitives;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;

/**
 * Any JavaScript value, read and called by name where no typed binding exists (PyScript's {@code js}
 * proxy). Paths are dotted property names, arguments are converted as {@link Ffi#toJs} converts them
 * (a {@code JsValue} or {@link JsCallback} passes as itself), and results are {@code JsValue}s to read
 * with {@code asString()}, {@code asInt()}, {@link #toJava()} and the rest. It needs no document, so
 * it works in a worker as on the page.
 *
 * <pre>{@code
 * JsValue js = JsValue.global();                       // globalThis: the window, or a worker's scope
 * String title = js.get("document.title").asString();
 * js.call("console.log", "hello", Map.of("a", 1));     // this is console
 * JsValue when = js.get("Date").construct(0);
 * long ms = when.call("getTime").asLong();
 * }</pre>
 *
 * <p>A missing property, calling something that is not a function, or anything the browser throws
 * is a {@link JsException} whose message names the path.
 */
public final class JsValue implements JsHolder {
    private final JSObject value;
    private final String name;

    private JsValue(JSObject value, String name) {
        this.value = value;
        this.name = name;
    }

    /** {@code value} as it is, called {@code name} in messages. */
    static JsValue wrap(JSObject value, String name) {
        return new JsValue(value, name);
    }

    /** The global object, {@code globalThis}: the window on a page, the worker's global scope in a worker. */
    public static JsValue global() {
        return new JsValue(JsOps.global(), "globalThis");
    }

    /**
     * {@code value} as a dynamic value: a JavaScript object (a JSO type, a module namespace, a function)
     * as it is, any other value converted by {@link Ffi#toJs}; called {@code value} in messages.
     *
     * @throws IllegalArgumentException if {@code value} cannot be converted
     */
    public static JsValue of(@Nullable Object value) {
        return named("value", value);
    }

    /**
     * As {@link #of}, called {@code name} in the messages of its exceptions, e.g. {@code "chart"} or
     * {@code "modules.greeting"}.
     *
     * @throws IllegalArgumentException if {@code value} cannot be converted
     */
    public static JsValue named(String name, @Nullable Object value) {
        if (value instanceof JsValue) {
            return new JsValue(((JsValue) value).value, name);
        }
        return new JsValue(Ffi.toJs(value), name);
    }

    /**
     * The value at {@code path}, a dotted list of property names ({@code "document.body"},
     * {@code "items.0"}); a property that exists and holds undefined gives a value that {@link #isNone}.
     *
     * @throws JsException if a property on the way is missing, a value on the way is null or undefined,
     *     or a getter throws
     * @throws IllegalArgumentException if the path is empty or has an empty name
     */
    public JsValue get(String path) {
        JsValue current = this;
        int start = 0;
        while (true) {
            int dot = path.indexOf('.', start);
            String key = segment(path, start, dot);
            current = current.property(key);
            if (dot < 0) {
                return current;
            }
            start = dot + 1;
        }
    }

    /**
     * Sets the property at {@code path} to {@code value}, converted as {@link Ffi#toJs} converts it;
     * returns this value.
     *
     * @throws JsException if the object on the way is missing or refuses the value (a read-only
     *     property, a setter that throws, a primitive)
     * @throws IllegalArgumentException if the path is empty or has an empty name, or {@code value}
     *     cannot be converted
     */
    public JsValue set(String path, @Nullable Object value) {
        int dot = path.lastIndexOf('.');
        JsValue owner = dot < 0 ? this : get(path.substring(0, dot));
        String key = segment(path, dot + 1, -1);
        String where = owner.name + "." + key;
        if (!isObject(owner.value)) {
            throw new JsException("cannot set " + where + ": " + owner.name + " is " + JsOps.kind(owner.value)
                    + ", not an object", null);
        }
        JSObject outcome = JsOps.run(JsOps.SET, owner.value, key, convert(value));
        check(outcome, "setting " + where);
        if (!JsPrimitives.bool(JsOps.value(outcome))) {
            throw new JsException("cannot set " + where + ": the property is read-only", null);
        }
        return this;
    }

    /**
     * Calls the function at {@code path} with {@code args}, {@code this} bound to the object that holds
     * it (calling {@code "a.b.f"} binds {@code this} to {@code a.b}, as {@code a.b.f()} does), and
     * returns its result.
     *
     * @throws JsException if the path is missing, its value is not a function, or the function throws
     * @throws IllegalArgumentException if the path is empty or has an empty name, or an argument cannot
     *     be converted
     */
    public JsValue call(String path, @Nullable Object... args) {
        int dot = path.lastIndexOf('.');
        JsValue owner = dot < 0 ? this : get(path.substring(0, dot));
        String key = segment(path, dot + 1, -1);
        JsValue function = owner.property(key);
        function.requireFunction("call");
        String where = function.name + "()";
        return result(JsOps.run(JsOps.CALL, owner.value, key, arguments(args)), where);
    }

    /**
     * Calls this value, a function, with {@code args} and {@code this} undefined, and returns its result.
     *
     * @throws JsException if this value is not a function, or the function throws
     * @throws IllegalArgumentException if an argument cannot be converted
     */
    public JsValue invoke(@Nullable Object... args) {
        requireFunction("call");
        return result(JsOps.run(JsOps.INVOKE, value, "", arguments(args)), name + "()");
    }

    /**
     * Constructs an object with this value, a constructor, as JavaScript's {@code new} does:
     * {@code global().get("Date").construct(0)}.
     *
     * @throws JsException if this value is not a function, is not a constructor, or the constructor throws
     * @throws IllegalArgumentException if an argument cannot be converted
     */
    public JsValue construct(@Nullable Object... args) {
        requireFunction("construct");
        return result(JsOps.run(JsOps.CONSTRUCT, value, "", arguments(args)), "new " + name + "()");
    }

    /**
     * Tells whether the property at {@code path} exists (JavaScript's {@code in}, inherited ones
     * included); false when a property on the way is missing or null.
     *
     * @throws IllegalArgumentException if the path is empty or has an empty name
     */
    public boolean has(String path) {
        int dot = path.lastIndexOf('.');
        JsValue owner;
        try {
            owner = dot < 0 ? this : get(path.substring(0, dot));
        } catch (JsException e) {
            return false;
        }
        return !JsOps.isNone(owner.value) && JsOps.has(owner.value, segment(path, dot + 1, -1));
    }

    /** JavaScript's {@code typeof} of this value: {@code "object"} (null too), {@code "function"}, {@code "string"}, ... */
    public String typeOf() {
        return JsOps.typeOf(value);
    }

    /** Tells whether this value is null or undefined (PyScript's {@code is_none}). */
    public boolean isNone() {
        return JsOps.isNone(value);
    }

    /**
     * This value as a string; null when it is null or undefined.
     *
     * @throws JsException if it is anything else
     */
    public @Nullable String asString() {
        return isNone() ? null : JsPrimitives.string(typed("string"));
    }

    /**
     * This value as a boolean.
     *
     * @throws JsException if it is not a boolean
     */
    public boolean asBoolean() {
        return JsPrimitives.bool(typed("boolean"));
    }

    /**
     * This value as a double.
     *
     * @throws JsException if it is not a number
     */
    public double asDouble() {
        return JsPrimitives.number(typed("number"));
    }

    /**
     * This value as a long.
     *
     * @throws JsException if it is not a whole number JavaScript holds exactly (up to 2^53 - 1)
     */
    public long asLong() {
        double n = asDouble();
        if (n != Math.floor(n) || Math.abs(n) > 9007199254740991.0) {
            throw new JsException(name + " is " + JsPrimitives.text(value)
                    + ", not a whole number JavaScript holds exactly", null);
        }
        return (long) n;
    }

    /**
     * This value as an int.
     *
     * @throws JsException if it is not a whole number in the range of an int
     */
    public int asInt() {
        long n = asLong();
        if (n != (int) n) {
            throw new JsException(name + " is " + n + ", outside the range of an int", null);
        }
        return (int) n;
    }

    /**
     * This value, a {@code Uint8Array}, as a copy in a {@code byte[]}; null when it is null or undefined.
     *
     * @throws JsException if it is anything else
     */
    public byte @Nullable [] asBytes() {
        if (isNone()) {
            return null;
        }
        if (!JsOps.isBytes(value)) {
            throw mismatch("a Uint8Array");
        }
        return (byte[]) Ffi.toJava(value);
    }

    /**
     * This value, an array, converted by {@link Ffi#toJava} to a list; null when it is null or undefined.
     *
     * @throws JsException if it is anything else
     */
    @SuppressWarnings("unchecked")
    public @Nullable List<@Nullable Object> asList() {
        return isNone() ? null : (List<@Nullable Object>) Ffi.toJava(typed("array"));
    }

    /**
     * This value, an object, converted by {@link Ffi#toJava} to a map; null when it is null or undefined.
     *
     * @throws JsException if it is not a plain object (one made by a literal, {@code JSON.parse} or
     *     {@code Object.create(null)})
     */
    @SuppressWarnings("unchecked")
    public @Nullable Map<String, @Nullable Object> asMap() {
        if (isNone()) {
            return null;
        }
        Object converted = Ffi.toJava(typed("object"));
        if (!(converted instanceof Map)) {
            throw mismatch("a plain object");
        }
        return (Map<String, @Nullable Object>) converted;
    }

    /** This value converted by {@link Ffi#toJava}: maps, lists, strings, numbers, booleans, bytes, or the object itself. */
    public @Nullable Object toJava() {
        return Ffi.toJava(value);
    }

    /**
     * This value as a JSO type, such as {@code HTMLElement.class} or a {@code @JSClass} of your own;
     * null when it is null or undefined. As with a cast between JSO types, the type is not checked.
     */
    @SuppressWarnings({"unchecked", "unused"})
    public <T extends JSObject> @Nullable T as(Class<T> type) {
        return isNone() ? null : (T) value;
    }

    /** This value as TeaVM sees it, to pass to a typed JSO API. */
    @Override
    public JSObject js() {
        return value;
    }

    /** The name of this value in messages: {@code globalThis.document.title}, {@code value}, ... */
    public String name() {
        return name;
    }

    /** JavaScript's {@code String(value)}: a string as it is, an object as its {@code toString()} gives it. */
    @Override
    public String toString() {
        return JsPrimitives.text(value);
    }

    private JsValue property(String key) {
        String where = name + "." + key;
        if (JsOps.isNone(value)) {
            throw new JsException("cannot read " + where + ": " + name + " is " + JsOps.kind(value), null);
        }
        if (!JsOps.has(value, key)) {
            throw new JsException(where + " is missing: " + name + " has no property '" + key + "'", null);
        }
        JSObject outcome = JsOps.run(JsOps.GET, value, key, null);
        check(outcome, "reading " + where);
        return new JsValue(JsOps.value(outcome), where);
    }

    private void requireFunction(String verb) {
        if (!"function".equals(JsOps.typeOf(value))) {
            throw new JsException("cannot " + verb + " " + name + ": it is " + JsOps.kind(value) + ", not a function",
                    null);
        }
    }

    private JSObject typed(String kind) {
        if (!kind.equals(JsOps.kind(value))) {
            throw mismatch((kind.charAt(0) == 'a' || kind.charAt(0) == 'o' ? "an " : "a ") + kind);
        }
        return value;
    }

    private JsException mismatch(String expected) {
        return new JsException(name + " is " + JsOps.kind(value) + ", not " + expected, null);
    }

    private static JsValue result(JSObject outcome, String where) {
        check(outcome, where);
        return new JsValue(JsOps.value(outcome), where);
    }

    private static void check(JSObject outcome, String where) {
        if (JsOps.threw(outcome)) {
            JSObject thrown = JsOps.error(outcome);
            throw new JsException(where + " threw " + JsOps.errorText(thrown), new JsValue(thrown, "the error of " + where));
        }
    }

    private static String segment(String path, int start, int end) {
        String key = end < 0 ? path.substring(start) : path.substring(start, end);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("the path '" + path + "' has an empty property name");
        }
        return key;
    }

    private static boolean isObject(JSObject value) {
        String type = JsOps.typeOf(value);
        return !JsOps.isNone(value) && ("object".equals(type) || "function".equals(type));
    }

    private static JSObject convert(@Nullable Object value) {
        return Ffi.toJs(value);
    }

    private static JSObject arguments(@Nullable Object[] args) {
        JSObject array = ArrayLike.newArray();
        for (Object arg : args) {
            ArrayLike.push(array, convert(arg));
        }
        return array;
    }
}
