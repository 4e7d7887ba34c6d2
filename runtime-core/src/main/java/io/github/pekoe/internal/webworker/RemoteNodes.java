package io.github.pekoe.internal.webworker;

import io.github.pekoe.internal.web.NodeOps;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The operations on nodes in a worker: each that returns a value is a call to the page ({@link PageNodes})
 * that blocks the worker's Java thread until the answer comes; those that return nothing, and the making
 * of elements, wait in the {@link Batch} that goes with it, except the property setters and method
 * calls, which the page may refuse: they are calls, so they fail where they fail on the page. Nodes are
 * {@link Handles}. Comparing elements, their hashes and their tag names need no call (but send the
 * batch when it makes one of them).
 */
final class RemoteNodes extends NodeOps {
    /** Calls the page's operation {@code op} with {@code args}, after the queued calls; returns its answer. */
    private static @Nullable Object call(int op, @Nullable Object... args) {
        return Batch.current().call(op, args);
    }

    /** Queues the page's operation {@code op} with {@code args}, which returns nothing. */
    private static void queue(int op, @Nullable Object... args) {
        Batch.current().queue(op, args);
    }

    /** Sends the queued calls; called before the worker waits for the page or ends a script. */
    static void flush() {
        Batch.current().flush();
    }

    /** The page's number of {@code handle}, sending the batch first when it is pending. */
    static int settled(JSObject handle) {
        if (Handles.isPending(handle)) {
            flush();
        }
        return Handles.id(handle);
    }

    /** The handle as an argument: its number is taken when its batch is sent. */
    private static Object number(JSObject handle) {
        return new Batch.Node(handle);
    }

    private static @Nullable JSObject array(@Nullable Object reply) {
        return reply == null ? null : Handles.array((List<?>) reply);
    }

    @Override
    public JSObject document() {
        return Handles.document();
    }

    @Override
    public String title() {
        return (String) call(Op.TITLE);
    }

    @Override
    public void title(String title) {
        queue(Op.SET_TITLE, title);
    }

    @Override
    public @Nullable HTMLElement body() {
        return Handles.of(call(Op.BODY));
    }

    @Override
    public @Nullable HTMLElement head() {
        return Handles.of(call(Op.HEAD));
    }

    @Override
    public HTMLElement root() {
        return Handles.of(call(Op.ROOT));
    }

    @Override
    public HTMLElement create(String tag) {
        return Batch.current().create(tag);
    }

    @Override
    public String tag(HTMLElement node) {
        return Handles.tag(node);
    }

    @Override
    public String id(HTMLElement node) {
        return (String) call(Op.ID, number(node));
    }

    @Override
    public void id(HTMLElement node, @Nullable String id) {
        queue(Op.SET_ID, number(node), id);
    }

    @Override
    public String text(HTMLElement node) {
        return (String) call(Op.TEXT, number(node));
    }

    @Override
    public void text(HTMLElement node, @Nullable String text) {
        queue(Op.SET_TEXT, number(node), text);
    }

    @Override
    public String html(HTMLElement node) {
        return (String) call(Op.HTML, number(node));
    }

    @Override
    public void html(HTMLElement node, String markup) {
        queue(Op.SET_HTML, number(node), markup);
    }

    @Override
    public @Nullable String attr(HTMLElement node, String name) {
        return (String) call(Op.ATTR, number(node), name);
    }

    @Override
    public void attr(HTMLElement node, String name, @Nullable String value) {
        queue(Op.SET_ATTR, number(node), name, value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> attributes(HTMLElement node) {
        return (List<String>) call(Op.ATTRIBUTES, number(node));
    }

    @Override
    public boolean hasAttr(HTMLElement node, String name) {
        return Boolean.TRUE.equals(call(Op.HAS_ATTR, number(node), name));
    }

    @Override
    public boolean isNode(JSObject value) {
        return Handles.isHandle(value);
    }

    @Override
    public void append(JSObject parent, JSObject child) {
        if (Handles.isPending(child) && !holds(child, parent)) {
            queue(Op.APPEND, number(parent), number(child));
            Handles.pendingParent(child, Handles.isPending(parent) ? parent : null);
        } else {
            call(Op.APPEND, number(parent), number(child));
        }
    }

    /**
     * Tells whether the pending {@code node} may be or hold {@code other}, so that appending it there
     * fails: a pending element holds only pending ones (appending an element the page has made sends
     * the batch first), and the queued appends between them are known here.
     */
    private static boolean holds(JSObject node, JSObject other) {
        for (JSObject at = other; at != null && Handles.isPending(at); at = Handles.pendingParent(at)) {
            if (Handles.id(at) == Handles.id(node)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void appendText(HTMLElement parent, String text) {
        queue(Op.APPEND_TEXT, number(parent), text);
    }

    @Override
    public void remove(HTMLElement node) {
        queue(Op.REMOVE, number(node));
        if (Handles.isPending(node)) {
            Handles.pendingParent(node, null);
        }
    }

    @Override
    public JSObject children(HTMLElement node) {
        return array(call(Op.CHILDREN, number(node)));
    }

    @Override
    public JSObject options(HTMLElement node) {
        return array(call(Op.OPTIONS, number(node)));
    }

    /** A call, not queued: only the page knows where {@code next} is, so whether {@code node} may go there. */
    @Override
    public void insertBefore(JSObject next, JSObject node) {
        call(Op.INSERT_BEFORE, number(next), number(node));
    }

    @Override
    public @Nullable JSObject parent(HTMLElement node) {
        return Handles.of(call(Op.PARENT, number(node)));
    }

    @Override
    public @Nullable JSObject queryAll(JSObject root, String css) {
        return array(call(Op.QUERY_ALL, number(root), css));
    }

    @Override
    public @Nullable String selectorProblem(JSObject root, String css) {
        return (String) call(Op.SELECTOR_PROBLEM, number(root), css);
    }

    @Override
    public @Nullable HTMLElement elementById(String id) {
        return Handles.of(call(Op.ELEMENT_BY_ID, id));
    }

    @Override
    public @Nullable JSObject descendantById(JSObject root, String id) {
        return Handles.of(call(Op.DESCENDANT_BY_ID, number(root), id));
    }

    @Override
    public HTMLElement cloneDeep(HTMLElement node) {
        return Handles.of(call(Op.CLONE, number(node)));
    }

    @Override
    public boolean same(HTMLElement node, HTMLElement other) {
        if (Handles.isPending(node) || Handles.isPending(other)) {
            flush();
        }
        return Handles.key(node) == Handles.key(other);
    }

    @Override
    public int hash(HTMLElement node) {
        settled(node);
        return Handles.key(node);
    }

    @Override
    public String className(HTMLElement node) {
        return (String) call(Op.CLASS_NAME, number(node));
    }

    @Override
    public void className(HTMLElement node, String names) {
        queue(Op.SET_CLASS_NAME, number(node), names);
    }

    @Override
    public int classCount(HTMLElement node) {
        return ((Number) call(Op.CLASS_COUNT, number(node))).intValue();
    }

    @Override
    public String classAt(HTMLElement node, int index) {
        return (String) call(Op.CLASS_AT, number(node), index);
    }

    @Override
    public boolean hasClass(HTMLElement node, String name) {
        return Boolean.TRUE.equals(call(Op.HAS_CLASS, number(node), name));
    }

    @Override
    public void addClass(HTMLElement node, String name) {
        queue(Op.ADD_CLASS, number(node), name);
    }

    @Override
    public void removeClass(HTMLElement node, String name) {
        queue(Op.REMOVE_CLASS, number(node), name);
    }

    @Override
    public boolean toggleClass(HTMLElement node, String name) {
        return Boolean.TRUE.equals(call(Op.TOGGLE_CLASS, number(node), name));
    }

    @Override
    public @Nullable String textProperty(HTMLElement node, String name) {
        return (String) call(Op.TEXT_PROPERTY, number(node), name);
    }

    @Override
    public void textProperty(HTMLElement node, String name, @Nullable String value) {
        call(Op.SET_TEXT_PROPERTY, number(node), name, value);
    }

    @Override
    public boolean boolProperty(HTMLElement node, String name) {
        return Boolean.TRUE.equals(call(Op.BOOL_PROPERTY, number(node), name));
    }

    @Override
    public void boolProperty(HTMLElement node, String name, boolean value) {
        call(Op.SET_BOOL_PROPERTY, number(node), name, value);
    }

    @Override
    public double numberProperty(HTMLElement node, String name) {
        Object value = call(Op.NUMBER_PROPERTY, number(node), name);
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    @Override
    public void numberProperty(HTMLElement node, String name, double value) {
        call(Op.SET_NUMBER_PROPERTY, number(node), name, value);
    }

    @Override
    public @Nullable Object property(HTMLElement node, String name) {
        return call(Op.PROPERTY, number(node), name);
    }

    /**
     * Sets a property to a value that can go to the page.
     *
     * @throws IllegalArgumentException for a value of another type, at once
     */
    @Override
    public void property(HTMLElement node, String name, @Nullable Object value) {
        if (!Crossing.crosses(value)) {
            throw new IllegalArgumentException("prop(\"" + name + "\", value) from a worker takes " + Crossing.KINDS
                    + ", not " + Crossing.describe(value));
        }
        call(Op.SET_PROPERTY, number(node), name, value);
    }

    @Override
    public boolean hasProperty(HTMLElement node, String name) {
        return Boolean.TRUE.equals(call(Op.HAS_PROPERTY, number(node), name));
    }

    @Override
    public void invoke(HTMLElement node, String name) {
        call(Op.INVOKE, number(node), name);
    }

    @Override
    public String style(HTMLElement node, String css) {
        return (String) call(Op.STYLE, number(node), css);
    }

    @Override
    public void style(HTMLElement node, String css, @Nullable String value) {
        queue(Op.SET_STYLE, number(node), css, value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> styles(HTMLElement node) {
        return (List<String>) call(Op.STYLES, number(node));
    }
}
