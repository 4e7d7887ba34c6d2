package io.github.pekoe.internal.worker;

import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JavaToJs;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.JsToJava;
import io.github.pekoe.worker.WorkerException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The messages between the page and its workers: plain objects with a type {@code t}, posted with
 * {@code postMessage}; values go as JavaScript data ({@code byte[]} as a transferred
 * {@code Uint8Array}) and come back as Java's.
 */
final class Wire {
    /** The worker's script finished (or failed): its exports are ready. */
    static final String READY = "ready";
    /** The page asks a worker to run a script. */
    static final String START = "start";
    /** One side calls a function of the other. */
    static final String CALL = "call";
    /** The answer to a call. */
    static final String REPLY = "reply";
    /** A worker shows values in the page. */
    static final String DISPLAY = "display";
    /** A worker reports a failure for the page's banner and console. */
    static final String ERROR = "error";

    private Wire() {
    }

    /** Receives messages. */
    @JSFunctor
    interface Receiver extends JSObject {
        void receive(JSObject event);
    }

    /** A new message of type {@code type}. */
    static JSObject message(String type) {
        JSObject message = JsProperties.newObject();
        JsProperties.setString(message, "t", type);
        return message;
    }

    /** The type of a received message, or null when it is not one of Pekoe's. */
    static @Nullable String type(JSObject message) {
        return message == null ? null : JsProperties.getString(message, "t");
    }

    /**
     * Sets {@code args} on {@code message} as an array, moving byte arrays rather than copying them.
     *
     * @throws WorkerException if a value cannot cross (a Java object of another type, an inexact number)
     */
    static JSObject withValues(JSObject message, String key, List<@Nullable Object> values) {
        JSObject transfer = JsProperties.get(message, "transfer");
        if (transfer == null) {
            transfer = ArrayLike.newArray();
            JsProperties.set(message, "transfer", transfer);
        }
        try {
            JsProperties.set(message, key, JavaToJs.convertTransferable(values, transfer));
        } catch (IllegalArgumentException e) {
            throw new WorkerException("a value cannot go to the other thread: " + e.getMessage()
                    + " (values are null, Boolean, numbers, String, List, Map and byte[])");
        }
        return message;
    }

    /** The Java list of the array {@code key} of {@code message}. */
    @SuppressWarnings("unchecked")
    static List<@Nullable Object> values(JSObject message, String key) {
        Object values = JsToJava.convert(JsProperties.get(message, key));
        return values instanceof List ? (List<@Nullable Object>) values : new ArrayList<>();
    }

    /**
     * Posts {@code message} to {@code port} (a worker, or the worker's own global scope), moving the
     * buffers listed in its {@code transfer} array.
     */
    static void send(JSObject port, JSObject message) {
        JSObject transfer = JsProperties.get(message, "transfer");
        JsProperties.set(message, "transfer", null);
        post(port, message, transfer == null ? ArrayLike.newArray() : transfer);
    }

    @JSBody(params = {"port", "message", "transfer"}, script = "port.postMessage(message, transfer);")
    private static native void post(JSObject port, JSObject message, JSObject transfer);

    /** Calls {@code receiver} with the data of each message {@code port} receives. */
    @JSBody(params = {"port", "receiver"}, script = "port.addEventListener('message',"
            + " function (e) { receiver(e.data); });")
    static native void listen(JSObject port, Receiver receiver);

    /** The worker's own global scope. */
    @JSBody(script = "return self;")
    static native JSObject self();

    /** Starts a dedicated worker running the classic script at {@code url}, or returns why it cannot. */
    @JSBody(params = "url", script = "try { return new Worker(url); } catch (e) { return String(e && e.message || e); }")
    static native JSObject create(JSObject url);

    /** Calls {@code receiver} with a description when the worker fails to load or throws outside Java. */
    @JSBody(params = {"worker", "receiver"}, script = "worker.addEventListener('error', function (e) {"
            + " e.preventDefault(); receiver(String(e.message || 'the worker script could not be loaded')"
            + " + (e.filename ? ' (' + e.filename + ':' + e.lineno + ')' : '')); });")
    static native void onFailure(JSObject worker, Receiver receiver);

    /** Stops a worker at once. */
    @JSBody(params = "worker", script = "worker.terminate();")
    static native void terminate(JSObject worker);

}
