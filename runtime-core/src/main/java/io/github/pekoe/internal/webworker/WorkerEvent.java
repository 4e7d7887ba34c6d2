package io.github.pekoe.internal.webworker;

import io.github.pekoe.internal.js.JavaToJs;
import io.github.pekoe.internal.js.JsProperties;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;

/**
 * The event a worker's handler gets: the page's copy ({@link EventCopy}) with its {@code target} and
 * {@code currentTarget} as the worker's handles, whose properties ({@code value}, {@code checked}, ...)
 * are read from the page when the handler reads them. Reading a field the copy lacks throws, naming the
 * fields it holds;
 * {@code preventDefault()}, {@code stopPropagation()} and {@code stopImmediatePropagation()} throw an
 * {@code IllegalStateException} naming the {@code WhenOptions} that do it on the page.
 */
final class WorkerEvent {
    private WorkerEvent() {
    }

    /** Refuses a call of one of the event's methods. */
    @JSFunctor
    interface Refusal extends JSObject {
        void refuse(String method);
    }

    /** The event for the page's copy {@code copy}. */
    static Event of(Map<String, @Nullable Object> copy) {
        Object target = copy.remove("target");
        Object currentTarget = copy.remove("currentTarget");
        copy.remove("where");
        JSObject event = JavaToJs.convert(copy);
        JsProperties.set(event, "target", handle(target));
        JsProperties.set(event, "currentTarget", handle(currentTarget));
        return guard(event, WorkerEvent::refuse);
    }

    private static @Nullable JSObject handle(@Nullable Object reply) {
        if (reply == null) {
            return null;
        }
        return Handles.of((List<?>) reply);
    }

    private static void refuse(String method) {
        String option = method.equals("preventDefault") ? "preventDefault()" : "stopPropagation()";
        throw new IllegalStateException(method + "() cannot act from a worker: the page has dispatched the event"
                + " before the worker's handler gets it. Declare it when binding, with new WhenOptions()."
                + option + ", and the page applies it as it dispatches each event");
    }

    @JSBody(params = {"event", "refusal"}, script = "var held = Object.keys(event).join(', ');"
            + " ['preventDefault', 'stopPropagation', 'stopImmediatePropagation'].forEach(function (name) {"
            + " event[name] = function () { refusal(name); }; });"
            + " return new Proxy(event, {get: function (target, name) {"
            + " if (typeof name !== 'string' || name in target) { return target[name]; }"
            + " throw new Error(\"'\" + name + \"' is not in the copy of the event a worker's handler gets: it holds \""
            + " + held + ' (and preventDefault() and stopPropagation(), which throw; declare them in WhenOptions)'); }});")
    private static native Event guard(JSObject event, Refusal refusal);
}
