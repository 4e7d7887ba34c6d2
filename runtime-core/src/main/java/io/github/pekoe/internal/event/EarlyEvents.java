package io.github.pekoe.internal.event;

import io.github.pekoe.Binding;
import io.github.pekoe.EventHandler;
import io.github.pekoe.bridge.JsEvent;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JsPrimitives;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;

/**
 * Holds the events that reach elements with {@code py-*}, {@code java-*} or {@code mpy-*} attributes
 * while the page's scripts still run (before the attributes are bound): each is stopped, its default
 * action prevented, and queued;
 * once the attributes are bound, each queued event is handled, in order, by the handler its element
 * names. So an early click is neither lost nor misrouted: it is handled once bound.
 */
final class EarlyEvents {
    private final HTMLDocument document;
    private final List<Binding> guards = new ArrayList<>();
    private final List<JSObject> queued = new ArrayList<>();
    private final List<String> queuedTypes = new ArrayList<>();

    private EarlyEvents(HTMLDocument document) {
        this.document = document;
    }

    /** Starts holding the events named by the attributes present now. */
    static EarlyEvents hold(HTMLDocument document) {
        EarlyEvents early = new EarlyEvents(document);
        List<String> types = new ArrayList<>();
        JSObject found = AttributeBinder.scan(document);
        int count = ArrayLike.length(found);
        for (int i = 0; i < count; i += 3) {
            String attribute = JsPrimitives.string(ArrayLike.item(found, i));
            String type = attribute == null ? null : AttributeBinder.eventOf(attribute);
            if (type != null && !held(types, type)) {
                types.add(type);
                early.guard(type);
            }
        }
        return early;
    }

    /** Whether {@code types} has {@code type}: a loop, as {@code List.contains} adds 63 bytes gzip. */
    private static boolean held(List<String> types, String type) {
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).equals(type)) {
                return true;
            }
        }
        return false;
    }

    private void guard(String type) {
        EventListener<Event> listener = event -> {
            if (closestFor(event.getTarget(), type) != null) {
                event.preventDefault();
                ((JsEvent) event).stopImmediatePropagation();
                queued.add(event);
                queuedTypes.add(type);
            }
        };
        guards.add(DomListeners.addRaw(document, type, listener, true));
    }

    /** Stops holding, and hands each queued event to the handler its element names now. */
    void release(HandlerCatalog catalog) {
        for (Binding guard : guards) {
            guard.remove();
        }
        for (int i = 0; i < queued.size(); i++) {
            JSObject event = queued.get(i);
            String type = queuedTypes.get(i);
            Element element = closestFor(((Event) event).getTarget(), type);
            String name = element == null ? null
                    : element.getAttribute(AttributeBinder.attributeFor(element, type)).trim();
            EventHandler<Event> handler = name == null ? null : catalog.find(name);
            if (handler != null) {
                new HandlerRun(handler, (Event) event, AttributeBinder.site(name, type), element).start();
            }
        }
        queued.clear();
    }

    /** The nearest element from {@code target} up with an attribute that binds {@code type}, or null. */
    private static Element closestFor(JSObject target, String type) {
        for (Node n = (Node) target; n != null && n.getNodeType() == Node.ELEMENT_NODE; n = n.getParentNode()) {
            if (AttributeBinder.attributeFor(n, type) != null) {
                return (Element) n;
            }
        }
        return null;
    }
}
