package io.github.pekoe.internal.event;

import io.github.pekoe.Binding;
import io.github.pekoe.EventHandler;
import io.github.pekoe.WhenOptions;
import io.github.pekoe.bridge.JsElement;
import io.github.pekoe.bridge.JsMutationCallback;
import io.github.pekoe.bridge.JsMutationRecord;
import io.github.pekoe.bridge.JsParentNode;
import io.github.pekoe.internal.error.ErrorReport;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JsPrimitives;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.Nodes;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;
import org.teavm.jso.dom.xml.NodeList;

/**
 * Binds {@code py-EVENT="name"} and {@code java-EVENT="name"} attributes (and PyScript's
 * {@code mpy-}, {@code pyodide-} and {@code micropython-} prefixes, alike) to the handlers registered
 * under those names: on every element at start, in open shadow roots, and on elements and attributes
 * added or changed later (a MutationObserver). The value is only ever a name, never evaluated; an
 * unknown name is reported once per element and attribute.
 */
public final class AttributeBinder {
    private final HandlerCatalog catalog;
    private final Map<String, Binding> listeners = new HashMap<>();
    private final Map<String, String> boundValues = new HashMap<>();
    private int nextElementId;

    /** Creates a binder that looks names up in {@code catalog}. */
    public AttributeBinder(HandlerCatalog catalog) {
        this.catalog = catalog;
    }

    /** Binds everything under {@code root} (a document, element or shadow root) and keeps watching it. */
    public void bindAndWatch(JSObject root) {
        bindTree(root);
        observe(root, this::changed);
    }

    private void bindTree(JSObject root) {
        if (Nodes.localName(root).length() > 0) {
            bindElement((Element) root);
        }
        NodeList<Element> all = ((JsParentNode) root).querySelectorAll("*");
        int count = all.getLength();
        for (int i = 0; i < count; i++) {
            bindElement((Element) ArrayLike.item(all, i));
        }
    }

    private void bindElement(Element element) {
        JSArrayReader<JSObject> names = attributeNames(element);
        for (int i = 0; i < names.getLength(); i++) {
            String attribute = eventAttribute(names, i);
            if (attribute != null) {
                bindAttribute(element, attribute);
            }
        }
        JSObject shadow = JsProperties.get(element, "shadowRoot");
        if (shadow != null) {
            bindAndWatch(shadow);
        }
    }

    private void bindAttribute(Element element, String attribute) {
        String key = idOf(element) + " " + attribute;
        String value = element.getAttribute(attribute);
        String name = value == null ? null : value.trim();
        if (name != null && name.equals(boundValues.get(key))) {
            return;
        }
        Binding previous = listeners.remove(key);
        if (previous != null) {
            previous.remove();
        }
        boundValues.put(key, name);
        if (name == null) {
            return;
        }
        EventHandler<Event> handler = catalog.find(name);
        if (handler == null) {
            ErrorReport.report("no handler named '" + name + "' for " + attribute + " on " + Nodes.describe(element)
                    + "; known handlers: " + known());
            return;
        }
        String type = eventOf(attribute);
        listeners.put(key, DomListeners.add(element, type, handler, new WhenOptions(), site(name, type)));
    }

    private void changed(JSArrayReader<JsMutationRecord> records) {
        int count = records.getLength();
        for (int i = 0; i < count; i++) {
            JsMutationRecord record = (JsMutationRecord) ArrayLike.item(records, i);
            if ("attributes".equals(record.getType())) {
                String attribute = record.getAttributeName();
                if (eventOf(attribute) != null) {
                    bindAttribute((Element) record.getTarget(), attribute);
                }
            } else {
                NodeList<Node> added = record.getAddedNodes();
                int addedCount = added.getLength();
                for (int j = 0; j < addedCount; j++) {
                    JSObject node = ArrayLike.item(added, j);
                    if (Nodes.localName(node).length() > 0) {
                        bindTree(node);
                    }
                }
            }
        }
    }

    /** Returns the names of the attributes of {@code element}, to read with {@link #eventAttribute}. */
    static JSArrayReader<JSObject> attributeNames(JSObject element) {
        return ((JsElement) element).getAttributeNames();
    }

    /**
     * Returns the attribute name at {@code index} of {@code names} when it binds an event
     * ({@code py-*}, {@code java-*} and PyScript's other prefixes), else null.
     */
    static String eventAttribute(JSArrayReader<JSObject> names, int index) {
        String attribute = JsPrimitives.string(ArrayLike.item(names, index));
        return eventOf(attribute) != null ? attribute : null;
    }

    /**
     * Returns the event an attribute names, or null: {@code py-click}, {@code java-click} and PyScript's
     * other prefixes, {@code mpy-click}, {@code pyodide-click} and {@code micropython-click}, all give
     * {@code click}, so a PyScript page's markup binds unchanged.
     */
    static String eventOf(String attribute) {
        int dash = attribute.indexOf('-');
        return dash > 0 && dash < attribute.length() - 1
                && " py java mpy pyodide micropython ".indexOf(" " + attribute.substring(0, dash) + " ") >= 0
                ? attribute.substring(dash + 1) : null;
    }

    /** Returns the attribute of {@code element} that binds {@code type} ({@code py-TYPE}, {@code mpy-TYPE}, ...), or null. */
    static String attributeFor(JSObject element, String type) {
        JSArrayReader<JSObject> names = attributeNames(element);
        for (int i = 0; i < names.getLength(); i++) {
            String attribute = eventAttribute(names, i);
            if (attribute != null && type.equals(eventOf(attribute))) {
                return attribute;
            }
        }
        return null;
    }

    /** How a banner names the handler {@code name} run for a {@code type} event: {@code handler 'save' for click}. */
    static String site(String name, String type) {
        return "handler '" + name + "' for " + type;
    }

    private String known() {
        String names = String.join(", ", catalog.names());
        return names.isEmpty() ? "none" : names;
    }

    private String idOf(Element element) {
        String id = JsProperties.getString(element, "__pekoeId");
        if (id == null) {
            id = String.valueOf(nextElementId++);
            JsProperties.setString(element, "__pekoeId", id);
        }
        return id;
    }

    @JSBody(params = {"root", "changes"}, script = "if (typeof MutationObserver !== 'undefined') {"
            + " new MutationObserver(changes).observe(root.documentElement || root,"
            + " {subtree: true, childList: true, attributes: true}); }")
    private static native void observe(JSObject root, JsMutationCallback changes);
}
