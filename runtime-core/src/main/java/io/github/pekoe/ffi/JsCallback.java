package io.github.pekoe.ffi;

import io.github.pekoe.SimpleHandler;
import io.github.pekoe.internal.event.HandlerThreads;
import io.github.pekoe.internal.interop.Callbacks;
import io.github.pekoe.internal.interop.JsOps;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JsHolder;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;

/**
 * A Java lambda as a JavaScript function that can be stored, passed and called later, by timers,
 * libraries and observers (PyScript's {@code create_proxy}). Pass the callback itself to
 * {@link JsValue} calls, {@link Ffi#toJs} or {@link Ffi#assign}, or its {@link #js()} to a typed API.
 *
 * <pre>{@code
 * JsCallback tick = JsCallback.of("tick", () -> display("tick"));
 * JsValue.global().call("setInterval", tick, 1000);
 * JsCallback twice = JsCallback.of(args -> args[0].asInt() * 2);
 * List<?> doubled = JsValue.of(List.of(1, 2)).call("map", twice).asList();   // [2, 4]
 * tick.release();
 * }</pre>
 *
 * <p>Each call runs the Java code on a handler thread of its own, started at once: it may block
 * (sleep, a blocking fetch), and what it throws is an error banner, after which the next call runs as
 * usual. JavaScript receives the result when the code finished without blocking, else undefined.
 * {@link #release()} lets the Java side be collected; calling a released callback throws a JavaScript
 * {@code Error} that names it.
 */
public final class JsCallback implements JsHolder {
    private static int created;
    private final String name;
    private final JsFunction body;
    private final JSObject state;
    private final JSObject function;

    private JsCallback(String name, JsFunction body) {
        this.name = name;
        this.body = body;
        this.state = Callbacks.state(this::invoke);
        this.function = Callbacks.function(state, "the Java callback '" + name + "' was released, so it cannot be"
                + " called; make a new JsCallback");
    }

    /** A callback that runs {@code body} and ignores its arguments; named {@code callback N} in messages. */
    public static JsCallback of(SimpleHandler body) {
        return of(defaultName(), body);
    }

    /** A callback that runs {@code body} with JavaScript's arguments and returns its result; named {@code callback N}. */
    public static JsCallback of(JsFunction body) {
        return of(defaultName(), body);
    }

    /** As {@link #of(SimpleHandler)}, named {@code name} in messages. */
    public static JsCallback of(String name, SimpleHandler body) {
        return of(name, args -> {
            body.handle();
            return null;
        });
    }

    /** As {@link #of(JsFunction)}, named {@code name} in messages. */
    public static JsCallback of(String name, JsFunction body) {
        return new JsCallback(name, body);
    }

    /** The JavaScript function, to pass to a typed JSO API. */
    @Override
    public JSObject js() {
        return function;
    }

    /** The name used in messages. */
    public String name() {
        return name;
    }

    /**
     * Releases the Java side: the function keeps existing in JavaScript, but calling it throws an
     * {@code Error} naming this callback. Releasing again does nothing.
     */
    public void release() {
        Callbacks.release(state);
    }

    /** Tells whether {@link #release()} was called. */
    public boolean isReleased() {
        return Callbacks.isReleased(state);
    }

    /** {@code JsCallback 'NAME'}: how banners name this callback when it throws. */
    @Override
    public String toString() {
        return "JsCallback '" + name + "'";
    }

    private static String defaultName() {
        return "callback " + ++created;
    }

    private JSObject invoke(JSObject arguments) {
        Result result = new Result();
        HandlerThreads.runNow(this, () -> {
            int count = ArrayLike.length(arguments);
            JsValue[] args = new JsValue[count];
            for (int i = 0; i < count; i++) {
                args[i] = JsValue.wrap(ArrayLike.item(arguments, i), name + " argument " + i);
            }
            result.value = Ffi.toJs(body.apply(args));
            result.done = true;
        });
        return result.done ? result.value : JsOps.undefined();
    }

    /** What a call gave back, once it finished. */
    private static final class Result {
        boolean done;
        @Nullable JSObject value;
    }
}
