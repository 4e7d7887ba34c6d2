package io.github.pekoe.internal.webworker;

import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.JsToJava;
import io.github.pekoe.internal.js.Nodes;
import io.github.pekoe.internal.web.NodeOps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;

/**
 * The page's copy of an event for a worker's handler, made inside the dispatch: the fields
 * {@link #FIELDS} names that the event has (text, numbers and booleans), its {@code target} and
 * {@code currentTarget} as handles ([number, hash, tag]), and {@code where}, how a banner names the
 * element the binding is on.
 */
final class EventCopy {
    /**
     * The fields copied, where the event has them: every event's, then keyboard, mouse and pointer,
     * input and custom events' ({@code detail} when it is text, a number or a boolean).
     */
    static final String FIELDS = "type timeStamp bubbles cancelable defaultPrevented isTrusted eventPhase"
            + " key code repeat location isComposing ctrlKey shiftKey altKey metaKey button buttons clientX clientY"
            + " screenX screenY pageX pageY offsetX offsetY movementX movementY pointerType pointerId data"
            + " inputType detail";

    private EventCopy() {
    }

    /** The copy of {@code event}, caught by the listener on {@code node}, for a worker. */
    static Map<String, @Nullable Object> of(Event event, JSObject node, NodeTable table) {
        @SuppressWarnings("unchecked")
        Map<String, @Nullable Object> copy = (Map<String, @Nullable Object>) JsToJava.convert(fields(event, FIELDS));
        copy.put("target", handle(table, event.getTarget()));
        copy.put("currentTarget", handle(table, node));
        copy.put("where", Nodes.localName(node).isEmpty() ? JsProperties.getString(node, "nodeName")
                : Nodes.describe(node));
        return copy;
    }

    private static @Nullable List<@Nullable Object> handle(NodeTable table, @Nullable JSObject node) {
        if (node == null || !Nodes.isNode(node)) {
            return null;
        }
        List<@Nullable Object> handle = new ArrayList<>(3);
        PageNodes.add(NodeOps.current(), table, handle, node);
        return handle;
    }

    @JSBody(params = {"event", "names"}, script = "var copy = {}, list = names.split(' ');"
            + " for (var i = 0; i < list.length; i++) { var value = event[list[i]], kind = typeof value;"
            + " if (kind === 'string' || kind === 'number' || kind === 'boolean') { copy[list[i]] = value; } }"
            + " return copy;")
    private static native JSObject fields(Event event, String names);
}
