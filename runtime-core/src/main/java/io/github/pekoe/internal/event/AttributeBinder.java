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
 * Binds {@code py-EVENT="name"} and {@code java-EVENT="name"} attributes to the handlers registered
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
        for (String attribute : eventAttributes(element)) {
            bindAttribute(element, attribute);
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
            ErrorReport.report("no handler named '" + name + "' for " + attribute + " on " + describe(element)
                    + "; known handlers: " + known());
            return;
        }
        listeners.put(key, DomListeners.add(element, eventOf(attribute), handler, new WhenOptions()));
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

    /** Returns the names of the {@code py-*} and {@code java-*} event attributes of {@code element}. */
    static String[] eventAttributes(JSObject element) {
        JSArrayReader<JSObject> names = ((JsElement) element).getAttributeNames();
        String[] found = new String[names.getLength()];
        int count = 0;
        for (int i = 0; i < found.length; i++) {
            String attribute = JsPrimitives.string(ArrayLike.item(names, i));
            if (eventOf(attribute) != null) {
                found[count++] = attribute;
            }
        }
        String[] attributes = new String[count];
        for (int i = 0; i < count; i++) {
            attributes[i] = found[i];
        }
        return attributes;
    }

    /** Returns the event an attribute names ({@code py-click} gives {@code click}), or null. */
    static String eventOf(String attribute) {
        int prefix = attribute.startsWith("py-") ? 3 : attribute.startsWith("java-") ? 5 : 0;
        return prefix > 0 && attribute.length() > prefix ? attribute.substring(prefix) : null;
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

    static String describe(Element element) {
        StringBuilder out = new StringBuilder("<").append(Nodes.localName(element));
        String id = element.getAttribute("id");
        if (id != null) {
            out.append(" id=\"").append(id).append('"');
        }
        return out.append('>').toString();
    }

    @JSBody(params = {"root", "changes"}, script = "if (typeof MutationObserver !== 'undefined') {"
            + " new MutationObserver(changes).observe(root.documentElement || root,"
            + " {subtree: true, childList: true, attributes: true}); }")
    private static native void observe(JSObject root, JsMutationCallback changes);
}
