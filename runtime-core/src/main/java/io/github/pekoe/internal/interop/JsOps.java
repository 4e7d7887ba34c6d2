package io.github.pekoe.internal.interop;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The JavaScript operations of a dynamic value. {@link #run} catches what the browser throws and
 * returns an outcome, so a getter, a setter, a call or a constructor that throws becomes a Java
 * exception with the path in its message instead of an error from compiled code.
 */
public final class JsOps {
    /** Reads {@code o[k]}. */
    public static final int GET = 0;
    /** Sets {@code o[k] = a}; the outcome's value is false when the object refused it. */
    public static final int SET = 1;
    /** Calls {@code o[k](...a)} with {@code this} bound to {@code o}. */
    public static final int CALL = 2;
    /** Constructs {@code new o(...a)}. */
    public static final int CONSTRUCT = 3;
    /** Calls {@code o(...a)} with {@code this} undefined. */
    public static final int INVOKE = 4;

    private JsOps() {
    }

    /** Runs operation {@code op} and returns its outcome: {@link #threw} tells which of {@link #value} or {@link #error} holds. */
    @JSBody(params = {"op", "o", "k", "a"}, script = "try {"
            + " if (op === 0) { return {v: o[k]}; }"
            + " if (op === 1) { return {v: Reflect.set(o, k, a)}; }"
            + " if (op === 2) { return {v: o[k].apply(o, a)}; }"
            + " if (op === 3) { return {v: Reflect.construct(o, a)}; }"
            + " return {v: o.apply(undefined, a)};"
            + " } catch (e) { return {x: e}; }")
    public static native JSObject run(int op, JSObject o, String k, JSObject a);

    /** Tells whether an outcome of {@link #run} is a throw. */
    @JSBody(params = "r", script = "return 'x' in r;")
    public static native boolean threw(JSObject outcome);

    /** The value of an outcome (undefined stays undefined). */
    @JSBody(params = "r", script = "return r.v;")
    public static native JSObject value(JSObject outcome);

    /** What an outcome threw. */
    @JSBody(params = "r", script = "return r.x;")
    public static native JSObject error(JSObject outcome);

    /** {@code e}, something JavaScript threw, as text: {@code TypeError: message} for an error. */
    @JSBody(params = "e", script = "try { return e instanceof Error ? e.name + ': ' + e.message : String(e); }"
            + " catch (f) { return typeof e; }")
    public static native String errorText(JSObject e);

    /** Tells whether {@code o} has a property {@code k}, its own or inherited ({@code k in Object(o)}). */
    @JSBody(params = {"o", "k"}, script = "return k in Object(o);")
    public static native boolean has(JSObject o, String k);

    /** JavaScript's {@code typeof v}. */
    @JSBody(params = "v", script = "return typeof v;")
    public static native String typeOf(JSObject v);

    /** What {@code v} is, for messages: {@code null}, {@code array}, or its {@code typeof}. */
    @JSBody(params = "v", script = "return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;")
    public static native String kind(JSObject v);

    /** Tells whether {@code v} is null or undefined. */
    @JSBody(params = "v", script = "return v === null || v === undefined;")
    public static native boolean isNone(JSObject v);

    /** Tells whether {@code v} is a {@code Uint8Array}. */
    @JSBody(params = "v", script = "return v instanceof Uint8Array;")
    public static native boolean isBytes(JSObject v);

    /** The global object ({@code globalThis}): the window on a page, the worker's scope in a worker. */
    @JSBody(script = "return globalThis;")
    public static native JSObject global();

    /** JavaScript's {@code undefined}. */
    @JSBody(script = "return undefined;")
    public static native JSObject undefined();
}
