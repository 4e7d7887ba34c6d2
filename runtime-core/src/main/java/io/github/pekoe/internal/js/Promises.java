package io.github.pekoe.internal.js;

import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Waits for a JavaScript promise on a Java thread. One waiting method serves every caller: a bundle
 * carries it once, where a browser API waited for by its own callbacks costs a bundle an
 * {@code @Async} method and a functor class per callback.
 */
public final class Promises {
    private Promises() {
    }

    /** How a promise settled. A Java object, not a JavaScript one, so that no wrapper is needed to hand it over. */
    public static final class Outcome {
        private final boolean fulfilled;
        private final JSObject value;

        Outcome(boolean fulfilled, JSObject value) {
            this.fulfilled = fulfilled;
            this.value = value;
        }

        /** Whether the promise was fulfilled rather than rejected. */
        public boolean fulfilled() {
            return fulfilled;
        }

        /** The value of a fulfilled promise, or the reason of a rejected one. */
        public JSObject value() {
            return value;
        }
    }

    /** Receives a settled promise's outcome. */
    @JSFunctor
    interface Done extends JSObject {
        void done(boolean fulfilled, JSObject value);
    }

    /**
     * Blocks the calling Java thread until {@code promise} settles, and says how; it never throws for
     * a rejection.
     */
    @Async
    public static native Outcome settle(JSObject promise);

    private static void settle(JSObject promise, AsyncCallback<Outcome> callback) {
        try {
            whenSettled(promise, (fulfilled, value) -> callback.complete(new Outcome(fulfilled, value)));
        } catch (Throwable e) {
            callback.error(e);
        }
    }

    @JSBody(params = {"promise", "done"}, script = "promise.then(function (v) { done(true, v); },"
            + " function (e) { done(false, e); });")
    private static native void whenSettled(JSObject promise, Done done);
}
