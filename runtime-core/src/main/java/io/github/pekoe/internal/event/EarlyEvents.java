package io.github.pekoe.internal.event;

import io.github.pekoe.Binding;
import io.github.pekoe.EventHandler;
import io.github.pekoe.bridge.JsEvent;
import io.github.pekoe.internal.js.ArrayLike;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;

/**
 * Holds the events that reach {@code py-*}/{@code java-*} elements while the page's scripts still
 * run (before the attributes are bound): each is stopped, its default action prevented, and queued;
 * once the attributes are bound, each queued event is handled, in order, by the handler its element
 * names. So an early click is neither lost nor misrouted: it is handled once bound.
 */
final class EarlyEvents {
    private final HTMLDocument document;
    private final List<Binding> guards = new ArrayList<>();
    private final List<JSObject> queued = new ArrayList<>();
    private final List<String> attributes = new ArrayList<>();

    private EarlyEvents(HTMLDocument document) {
        this.document = document;
    }

    /** Starts holding the events named by the attributes present now. */
    static EarlyEvents hold(HTMLDocument document) {
        EarlyEvents early = new EarlyEvents(document);
        List<String> types = new ArrayList<>();
        JSObject elements = document.querySelectorAll("*");
        for (int i = 0; i < ArrayLike.length(elements); i++) {
            for (String attribute : AttributeBinder.eventAttributes(ArrayLike.item(elements, i))) {
                String type = AttributeBinder.eventOf(attribute);
                if (!types.contains(type)) {
                    types.add(type);
                    early.guard(type);
                }
            }
        }
        return early;
    }

    private void guard(String type) {
        EventListener<Event> listener = event -> {
            Element element = closestWith(event.getTarget(), "py-" + type, "java-" + type);
            if (element != null) {
                event.preventDefault();
                ((JsEvent) event).stopImmediatePropagation();
                queued.add(event);
                attributes.add(element.hasAttribute("py-" + type) ? "py-" + type : "java-" + type);
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
            String attribute = attributes.get(i);
            Element element = closestWith(((Event) event).getTarget(), attribute, attribute);
            EventHandler<Event> handler = element == null ? null : catalog.find(element.getAttribute(attribute).trim());
            if (handler != null) {
                HandlerThreads.runNow(() -> handler.handle((org.teavm.jso.dom.events.Event) event));
            }
        }
        queued.clear();
    }

    /** The nearest element from {@code target} up that has attribute {@code a} or {@code b}, or null. */
    private static Element closestWith(JSObject target, String a, String b) {
        for (Node n = (Node) target; n != null && n.getNodeType() == Node.ELEMENT_NODE; n = n.getParentNode()) {
            Element element = (Element) n;
            if (element.hasAttribute(a) || element.hasAttribute(b)) {
                return element;
            }
        }
        return null;
    }
}
