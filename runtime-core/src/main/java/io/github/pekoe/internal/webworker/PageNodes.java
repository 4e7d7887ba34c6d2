package io.github.pekoe.internal.webworker;

import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.web.NodeOps;
import io.github.pekoe.internal.worker.WorkerLink;
import io.github.pekoe.internal.worker.WorkerService;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The page's answer to its workers' operations on nodes ({@link Op}): each runs the page's own DOM
 * call on the node its handle stands for, so a failure is the exception the same call throws on the
 * page. A node goes back as its handle: a new number in the calling worker's {@link NodeTable}, the
 * node's hash (the same for every handle of one node, so workers compare elements without asking) and
 * its tag name (which never changes, so workers read it without asking). A worker that stops takes
 * its table with it.
 */
final class PageNodes implements WorkerService {
    @Override
    public @Nullable Object call(WorkerLink caller, List<@Nullable Object> args) {
        if (caller.stopped() != null) {
            throw new IllegalStateException(caller.label() + " is not running: " + caller.stopped());
        }
        return run(NodeTable.of(caller), args);
    }

    @Override
    public void stopped(WorkerLink worker) {
        NodeTable.drop(worker);
    }

    /** Runs the operation {@code args} with the handles of {@code table}. */
    @Nullable Object run(NodeTable table, List<@Nullable Object> args) {
        NodeOps dom = NodeOps.current();
        int op = number(args, 0);
        switch (op) {
            case Op.BODY:
                return handle(dom, table, dom.body());
            case Op.HEAD:
                return handle(dom, table, dom.head());
            case Op.ROOT:
                return handle(dom, table, dom.root());
            case Op.CREATE:
                return handle(dom, table, dom.create(text(args, 1)));
            case Op.ELEMENT_BY_ID:
                return handle(dom, table, dom.elementById(text(args, 1)));
            case Op.TITLE:
                return dom.title();
            case Op.SET_TITLE:
                dom.title(text(args, 1));
                return null;
            case Op.BATCH:
                return PageBatch.run(this, table, args);
            case Op.RELEASE:
                for (int i = 1; i < args.size(); i++) {
                    table.release(number(args, i));
                }
                return null;
            default:
                return onNode(dom, table, op, args, table.node(number(args, 1), dom.document()));
        }
    }

    /** The operations on one node: {@code args} 2 and later are theirs. */
    private @Nullable Object onNode(NodeOps dom, NodeTable table, int op, List<@Nullable Object> args,
            JSObject target) {
        HTMLElement node = (HTMLElement) target;
        switch (op) {
            case Op.ID:
                return dom.id(node);
            case Op.SET_ID:
                dom.id(node, (String) args.get(2));
                return null;
            case Op.TEXT:
                return dom.text(node);
            case Op.SET_TEXT:
                dom.text(node, (String) args.get(2));
                return null;
            case Op.HTML:
                return dom.html(node);
            case Op.SET_HTML:
                dom.html(node, text(args, 2));
                return null;
            case Op.ATTR:
                return dom.attr(node, text(args, 2));
            case Op.SET_ATTR:
                dom.attr(node, text(args, 2), (String) args.get(3));
                return null;
            case Op.ATTRIBUTES:
                return new ArrayList<@Nullable Object>(dom.attributes(node));
            case Op.HAS_ATTR:
                return dom.hasAttr(node, text(args, 2));
            case Op.APPEND:
                dom.append(node, table.node(number(args, 2), dom.document()));
                return null;
            case Op.APPEND_TEXT:
                dom.appendText(node, text(args, 2));
                return null;
            case Op.REMOVE:
                dom.remove(node);
                return null;
            case Op.CHILDREN:
                return handles(dom, table, dom.children(node));
            case Op.OPTIONS:
                return handles(dom, table, dom.options(node));
            case Op.INSERT_BEFORE:
                dom.insertBefore(node, table.node(number(args, 2), dom.document()));
                return null;
            case Op.PARENT:
                return handle(dom, table, dom.parent(node));
            case Op.QUERY_ALL:
                JSObject found = dom.queryAll(node, text(args, 2));
                return found == null ? null : handles(dom, table, found);
            case Op.SELECTOR_PROBLEM:
                return dom.selectorProblem(node, text(args, 2));
            case Op.DESCENDANT_BY_ID:
                return handle(dom, table, dom.descendantById(node, text(args, 2)));
            case Op.CLONE:
                return handle(dom, table, dom.cloneDeep(node));
            default:
                return onProperties(dom, op, args, node);
        }
    }

    /** The operations on a node's properties, methods and inline style. */
    private static @Nullable Object onProperties(NodeOps dom, int op, List<@Nullable Object> args,
            HTMLElement node) {
        switch (op) {
            case Op.TEXT_PROPERTY:
                return dom.textProperty(node, text(args, 2));
            case Op.SET_TEXT_PROPERTY:
                dom.textProperty(node, text(args, 2), (String) args.get(3));
                return null;
            case Op.BOOL_PROPERTY:
                return dom.boolProperty(node, text(args, 2));
            case Op.SET_BOOL_PROPERTY:
                dom.boolProperty(node, text(args, 2), Boolean.TRUE.equals(args.get(3)));
                return null;
            case Op.NUMBER_PROPERTY:
                double number = dom.numberProperty(node, text(args, 2));
                return number != number ? null : (Object) number;
            case Op.SET_NUMBER_PROPERTY:
                dom.numberProperty(node, text(args, 2), ((Number) args.get(3)).doubleValue());
                return null;
            case Op.PROPERTY:
                return crossing(dom, node, text(args, 2));
            case Op.SET_PROPERTY:
                setProperty(dom, node, text(args, 2), args.get(3));
                return null;
            case Op.HAS_PROPERTY:
                return dom.hasProperty(node, text(args, 2));
            case Op.INVOKE:
                dom.invoke(node, text(args, 2));
                return null;
            case Op.STYLE:
                return dom.style(node, text(args, 2));
            case Op.SET_STYLE:
                dom.style(node, text(args, 2), (String) args.get(3));
                return null;
            case Op.STYLES:
                return new ArrayList<@Nullable Object>(dom.styles(node));
            default:
                return onClasses(dom, op, args, node);
        }
    }

    /**
     * Sets the property {@code name} to a value from a worker (null, a Boolean, a number or a String),
     * as {@code prop(name, value)} sets it on the page. Each kind goes its own way, so that no value of
     * any other type seems to reach the general conversion.
     */
    private static void setProperty(NodeOps dom, HTMLElement node, String name, @Nullable Object value) {
        if (value instanceof Boolean) {
            dom.boolProperty(node, name, (Boolean) value);
        } else if (value instanceof Number) {
            dom.numberProperty(node, name, ((Number) value).doubleValue());
        } else if (value instanceof String) {
            dom.property(node, name, (String) value);
        } else {
            dom.textProperty(node, name, null);
        }
    }

    /**
     * The property {@code name} in its Java form, for a worker.
     *
     * @throws IllegalArgumentException if its value cannot go to a worker (a node, a function, an object)
     */
    private static @Nullable Object crossing(NodeOps dom, HTMLElement node, String name) {
        Object value = dom.property(node, name);
        if (!Crossing.crosses(value)) {
            throw new IllegalArgumentException("<" + dom.tag(node) + ">." + name + " is " + Crossing.describe(value)
                    + ", which cannot go to a worker: a worker reads properties whose values are " + Crossing.KINDS);
        }
        return value;
    }

    /** The operations on a node's classes. */
    private static @Nullable Object onClasses(NodeOps dom, int op, List<@Nullable Object> args, HTMLElement node) {
        switch (op) {
            case Op.CLASS_NAME:
                return dom.className(node);
            case Op.SET_CLASS_NAME:
                dom.className(node, text(args, 2));
                return null;
            case Op.CLASS_COUNT:
                return dom.classCount(node);
            case Op.CLASS_AT:
                return dom.classAt(node, number(args, 2));
            case Op.HAS_CLASS:
                return dom.hasClass(node, text(args, 2));
            case Op.ADD_CLASS:
                dom.addClass(node, text(args, 2));
                return null;
            case Op.REMOVE_CLASS:
                dom.removeClass(node, text(args, 2));
                return null;
            case Op.TOGGLE_CLASS:
                return dom.toggleClass(node, text(args, 2));
            default:
                throw new IllegalArgumentException("no web operation " + op + " on the page: the worker's bundle"
                        + " and the page's differ");
        }
    }

    /** The handle of {@code node} for the worker, [number, hash, tag], or null for no node. */
    private static @Nullable List<@Nullable Object> handle(NodeOps dom, NodeTable table, @Nullable JSObject node) {
        if (node == null) {
            return null;
        }
        List<@Nullable Object> handle = new ArrayList<>(3);
        add(dom, table, handle, node);
        return handle;
    }

    /** The handles of the elements of an array-like, one number, hash and tag after another. */
    private static List<@Nullable Object> handles(NodeOps dom, NodeTable table, JSObject nodes) {
        int length = ArrayLike.length(nodes);
        List<@Nullable Object> handles = new ArrayList<>(length * 3);
        for (int i = 0; i < length; i++) {
            add(dom, table, handles, ArrayLike.item(nodes, i));
        }
        return handles;
    }

    /** Adds the handle of {@code node} to {@code handles}: a new number in {@code table}, its hash and its tag. */
    static void add(NodeOps dom, NodeTable table, List<@Nullable Object> handles, JSObject node) {
        handles.add(table.add(node));
        handles.add(dom.hash((HTMLElement) node));
        handles.add(dom.tag((HTMLElement) node));
    }

    private static int number(List<@Nullable Object> args, int index) {
        return ((Number) args.get(index)).intValue();
    }

    private static String text(List<@Nullable Object> args, int index) {
        return (String) args.get(index);
    }
}
