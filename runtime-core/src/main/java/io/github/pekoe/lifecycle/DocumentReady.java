package io.github.pekoe.lifecycle;

import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** Blocks the calling TeaVM thread until the document has been parsed. */
public final class DocumentReady {
    private DocumentReady() {
    }

    /** Returns at once when the document is parsed, else when {@code DOMContentLoaded} fires. */
    public static void await() {
        if (isLoading()) {
            waitForContent();
        }
    }

    @JSBody(script = "return document.readyState === 'loading';")
    private static native boolean isLoading();

    @Async
    private static native void waitForContent();

    private static void waitForContent(AsyncCallback<Void> callback) {
        onContentLoaded(() -> callback.complete(null));
    }

    @JSBody(params = "action", script = "document.addEventListener('DOMContentLoaded', function() { action(); },"
            + " {once: true});")
    private static native void onContentLoaded(Action action);

    /** A callback with no arguments. */
    @JSFunctor
    interface Action extends JSObject {
        void run();
    }
}
