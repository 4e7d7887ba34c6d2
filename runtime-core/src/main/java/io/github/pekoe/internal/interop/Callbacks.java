package io.github.pekoe.internal.interop;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Makes the JavaScript function of a Java callback: it calls an {@link Invoker} kept in a state
 * object, and once released (the invoker dropped, so the Java side can be collected) it throws an
 * {@code Error} with the message it was given.
 */
public final class Callbacks {
    private Callbacks() {
    }

    /** What the function calls: the Java side, given the function's {@code arguments}. */
    @JSFunctor
    public interface Invoker extends JSObject {
        /** Calls Java with {@code args} (an array-like) and returns the result, or undefined. */
        JSObject invoke(JSObject args);
    }

    /** A state object that holds {@code invoker} until {@link #release} drops it. */
    @JSBody(params = "c", script = "return {c: c};")
    public static native JSObject state(Invoker invoker);

    /** A new JavaScript function that calls the invoker in {@code state}, or throws {@code released}. */
    @JSBody(params = {"s", "m"}, script = "return function() {"
            + " if (!s.c) { throw new Error(m); }"
            + " return s.c(arguments); };")
    public static native JSObject function(JSObject state, String released);

    /** Drops the invoker of {@code state}; the function throws from then on. */
    @JSBody(params = "s", script = "s.c = null;")
    public static native void release(JSObject state);

    /** Tells whether {@code state} no longer holds its invoker. */
    @JSBody(params = "s", script = "return !s.c;")
    public static native boolean isReleased(JSObject state);
}
