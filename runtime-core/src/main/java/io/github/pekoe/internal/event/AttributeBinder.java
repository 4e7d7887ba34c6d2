package io.github.pekoe.internal.event;

import io.github.pekoe.EventHandler;
import io.github.pekoe.WhenOptions;
import io.github.pekoe.bridge.JsElement;
import io.github.pekoe.bridge.JsMutationCallback;
import io.github.pekoe.bridge.JsMutationRecord;
import io.github.pekoe.internal.error.ErrorReport;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JsPrimitives;
import io.github.pekoe.internal.js.Nodes;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
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
    /**
     * The one listener that all elements share whose same attribute names the same handler, by
     * {@code ATTRIBUTE NAME} ({@code py-click save}).
     */
    private final Map<String, EventListener<Event>> shared = new HashMap<>();

    /** Creates a binder that looks names up in {@code catalog}. */
    public AttributeBinder(HandlerCatalog catalog) {
        this.catalog = catalog;
    }

    /** Binds everything under {@code root} (a document, element or shadow root) and keeps watching it. */
    public void bindAndWatch(JSObject root) {
        bindTree(root);
        observe(root, this::changed);
    }

    /**
     * Binds the event attributes of {@code root} (when it is an element) and of every element under
     * it, found in one pass and grouped by attribute and value, so each group costs one lookup and one
     * call that binds all its elements; then binds and watches the open shadow roots found on the way.
     */
    private void bindTree(JSObject root) {
        JSObject found = scan(root);
        int count = ArrayLike.length(found);
        for (int i = 0; i < count; i += 3) {
            String attribute = JsPrimitives.string(ArrayLike.item(found, i));
            if (attribute == null) {
                bindAndWatch(ArrayLike.item(found, i + 1));
            } else if (eventOf(attribute) != null) {
                bind(ArrayLike.item(found, i + 2), attribute, JsPrimitives.string(ArrayLike.item(found, i + 1)));
            }
        }
    }

    private void bindAttribute(Element element, String attribute) {
        JSObject elements = ArrayLike.newArray();
        ArrayLike.push(elements, element);
        bind(elements, attribute, element.getAttribute(attribute));
    }

    /**
     * Binds {@code attribute} of each of {@code elements}, whose value is {@code value} (null: removed),
     * to the handler that value names, unless it already is; reports each element newly naming an
     * unknown handler.
     */
    private void bind(JSObject elements, String attribute, String value) {
        String name = value == null ? null : value.trim();
        String type = eventOf(attribute);
        EventListener<Event> listener = name == null ? null : listener(attribute, type, name);
        JSObject changed = rebind(elements, attribute, type, name, listener);
        if (name == null || listener != null) {
            return;
        }
        int count = ArrayLike.length(changed);
        for (int i = 0; i < count; i++) {
            ErrorReport.report("no handler named '" + name + "' for " + attribute + " on "
                    + Nodes.describe(ArrayLike.item(changed, i)) + "; known handlers: " + known());
        }
    }

    /**
     * The listener every element whose {@code attribute} names {@code name} shares, made on first use;
     * null when no handler has that name.
     */
    private EventListener<Event> listener(String attribute, String type, String name) {
        String key = attribute + " " + name;
        EventListener<Event> listener = shared.get(key);
        if (listener == null) {
            EventHandler<Event> handler = catalog.find(name);
            if (handler == null) {
                return null;
            }
            listener = DomListeners.listener(type, handler, new WhenOptions(), site(name, type));
            shared.put(key, listener);
        }
        return listener;
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

    /**
     * Returns, in a JavaScript array, triples in document order: for each attribute name with a dash
     * inside it (the attributes that may bind an event, which {@link #eventOf} decides) and value
     * found on {@code root} (when it is an element) and the elements under it, the name, the value and
     * the array of those elements; for each open shadow root, null, the root and null.
     */
    @JSBody(params = "root", script = "var found = [], groups = Object.create(null);"
            + " function visit(element) { var names = element.getAttributeNames();"
            + " for (var index = 0; index < names.length; index++) {"
            + " var name = names[index], dash = name.indexOf('-');"
            + " if (dash > 0 && dash < name.length - 1) { var value = element.getAttribute(name),"
            + " key = name + ' ' + value, group = groups[key];"
            + " if (!group) { group = groups[key] = []; found.push(name, value, group); } group.push(element); } }"
            + " if (element.shadowRoot) { found.push(null, element.shadowRoot, null); } }"
            + " if (typeof root.localName === 'string') { visit(root); }"
            + " var all = root.querySelectorAll('*');"
            + " for (var each = 0; each < all.length; each++) { visit(all[each]); }"
            + " return found;")
    static native JSObject scan(JSObject root);

    /**
     * Binds {@code attribute} of each of {@code elements} to {@code name} and its {@code listener} (null
     * for none: an unknown name, or no attribute), replacing what it was bound to, unless it is bound to
     * {@code name} already; each element keeps its bindings in {@code __pekoeBound}. Returns the
     * elements whose binding changed.
     */
    @JSBody(params = {"elements", "attribute", "type", "name", "listener"}, script = "var changed = [];"
            + " for (var index = 0; index < elements.length; index++) { var element = elements[index];"
            + " var bound = element.__pekoeBound || (element.__pekoeBound = {}), was = bound[attribute];"
            + " if (name !== null && was && was.name === name) { continue; }"
            + " if (was && was.listener) { element.removeEventListener(type, was.listener, false); }"
            + " bound[attribute] = name === null ? null : {name: name, listener: listener};"
            + " if (listener) { element.addEventListener(type, listener, false); } changed.push(element); }"
            + " return changed;")
    private static native JSObject rebind(JSObject elements, String attribute, String type, String name,
            EventListener<Event> listener);

    @JSBody(params = {"root", "changes"}, script = "if (typeof MutationObserver !== 'undefined') {"
            + " new MutationObserver(changes).observe(root.documentElement || root,"
            + " {subtree: true, childList: true, attributes: true}); }")
    private static native void observe(JSObject root, JsMutationCallback changes);
}
