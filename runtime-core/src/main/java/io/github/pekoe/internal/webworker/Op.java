package io.github.pekoe.internal.webworker;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The operations a worker asks the page for, one number each, with the arguments that follow it in a
 * call: {@code n} is a node's handle number, {@code s} a string, {@code i} a whole number.
 */
final class Op {
    /** The page function that answers them all. */
    static final String FUNCTION = "pekoe:web";

    static final int BODY = 1;
    static final int HEAD = 2;
    static final int ROOT = 3;
    /** s: the tag. */
    static final int CREATE = 4;
    /** n. */
    static final int ID = 6;
    /** n, s or null. */
    static final int SET_ID = 7;
    /** n. */
    static final int TEXT = 8;
    /** n, s or null. */
    static final int SET_TEXT = 9;
    /** n. */
    static final int HTML = 10;
    /** n, s. */
    static final int SET_HTML = 11;
    /** n, s: the name. */
    static final int ATTR = 12;
    /** n, s: the name, s or null: the value. */
    static final int SET_ATTR = 13;
    /** n, s: the name. */
    static final int HAS_ATTR = 14;
    /** n: the parent, n: the child. */
    static final int APPEND = 15;
    /** n, s. */
    static final int APPEND_TEXT = 16;
    /** n. */
    static final int REMOVE = 17;
    /** n. */
    static final int CHILDREN = 18;
    /** n. */
    static final int PARENT = 19;
    /** n: the root, s: the selector. */
    static final int QUERY_ALL = 20;
    /** n: the root, s: the selector. */
    static final int SELECTOR_PROBLEM = 21;
    /** s: the id. */
    static final int ELEMENT_BY_ID = 22;
    /** n: the root, s: the id. */
    static final int DESCENDANT_BY_ID = 23;
    /** n. */
    static final int CLONE = 24;
    /** n. */
    static final int CLASS_NAME = 25;
    /** n, s. */
    static final int SET_CLASS_NAME = 26;
    /** n. */
    static final int CLASS_COUNT = 27;
    /** n, i. */
    static final int CLASS_AT = 28;
    /** n, s. */
    static final int HAS_CLASS = 29;
    /** n, s. */
    static final int ADD_CLASS = 30;
    /** n, s. */
    static final int REMOVE_CLASS = 31;
    /** n, s. */
    static final int TOGGLE_CLASS = 32;
    /** n...: the handles the worker no longer holds. */
    static final int RELEASE = 33;

    /**
     * A batch: the calls a worker queued, each as its number, its count of arguments and the
     * arguments, the last one possibly a call that returns a value. A new element's handle in a batch
     * is -1 for the batch's first {@code CREATE}, -2 for its second, and so on.
     */
    static final int BATCH = 34;

    /** No arguments. */
    static final int TITLE = 35;
    /** s. */
    static final int SET_TITLE = 36;

    /** n. */
    static final int ATTRIBUTES = 37;

    /** n, s: the property. */
    static final int TEXT_PROPERTY = 38;
    /** n, s: the property, s or null: the value. */
    static final int SET_TEXT_PROPERTY = 39;
    /** n, s: the property. */
    static final int BOOL_PROPERTY = 40;
    /** n, s: the property, a boolean. */
    static final int SET_BOOL_PROPERTY = 41;
    /** n, s: the property. */
    static final int NUMBER_PROPERTY = 42;
    /** n, s: the property, a number. */
    static final int SET_NUMBER_PROPERTY = 43;
    /** n, s: the property; answers its Java form. */
    static final int PROPERTY = 44;
    /** n, s: the property, null, a boolean, a number or a string. */
    static final int SET_PROPERTY = 45;
    /** n, s: the property. */
    static final int HAS_PROPERTY = 46;
    /** n, s: the method, called with no arguments. */
    static final int INVOKE = 47;
    /** n, s: the CSS name. */
    static final int STYLE = 48;
    /** n, s: the CSS name, s or null: the value. */
    static final int SET_STYLE = 49;
    /** n: the inline style's names and values. */
    static final int STYLES = 50;

    /** n: the options of a {@code <select>} or {@code <datalist>}, or the {@code <option>}s under another element. */
    static final int OPTIONS = 51;
    /** n, n: the node to insert before, then the node to insert. */
    static final int INSERT_BEFORE = 52;

    /** The page function that answers a worker's event bindings: the operations below. */
    static final String EVENTS = "pekoe:events";

    /** No arguments: opens the worker's channel of events and returns its number. */
    static final int OPEN_EVENTS = 53;
    /**
     * i: the channel, i: the binding's number (the worker's), s: the type, i: the options' flags,
     * n...: the nodes.
     */
    static final int LISTEN = 54;
    /** i: the channel, i: the binding's number. */
    static final int UNLISTEN = 55;
    /** i: the channel; waits for events and returns them: the binding's number and the event's copy, each. */
    static final int NEXT_EVENTS = 56;
    /** n, s: the event type. */
    static final int HAS_EVENT = 57;

    /** A flag of {@code LISTEN}: handle the event in the capture phase. */
    static final int CAPTURE = 1;
    /** A flag of {@code LISTEN}: the listener never prevents the default. */
    static final int PASSIVE = 2;
    /** A flag of {@code LISTEN}: each node's listener leaves it after its first event. */
    static final int ONCE = 4;
    /** A flag of {@code LISTEN}: prevent each event's default at dispatch. */
    static final int PREVENT_DEFAULT = 8;
    /** A flag of {@code LISTEN}: stop each event's propagation at dispatch. */
    static final int STOP_PROPAGATION = 16;

    /** The handle number of the document, which is never released. */
    static final int DOCUMENT = 0;

    /** The highest operation number. */
    static final int LAST = HAS_EVENT;

    private Op() {
    }

    /**
     * The web API's call that makes {@code op}, for messages: the queued call a failure came from, and,
     * all of them together, what the web API reaches from a worker ({@link #reached}); null for the
     * operations that are no call of the web API.
     */
    static @Nullable String name(int op) {
        switch (op) {
            case BODY:
                return "page.body()";
            case HEAD:
                return "page.head()";
            case ROOT:
                return "page.html()";
            case TITLE:
            case SET_TITLE:
                return "page.title(...)";
            case CREATE:
                return "making an element";
            case ID:
            case SET_ID:
                return "id(...)";
            case TEXT:
            case SET_TEXT:
                return "text(...)";
            case HTML:
            case SET_HTML:
                return "html(...)";
            case ATTR:
            case SET_ATTR:
            case HAS_ATTR:
                return "attr(...)";
            case ATTRIBUTES:
                return "dataset()";
            case APPEND:
            case APPEND_TEXT:
                return "append(...)";
            case REMOVE:
                return "remove()";
            case CHILDREN:
                return "children()";
            case PARENT:
                return "parent()";
            case QUERY_ALL:
            case SELECTOR_PROBLEM:
                return "find(...)";
            case ELEMENT_BY_ID:
            case DESCENDANT_BY_ID:
                return "get(...)";
            case CLONE:
                return "clone()";
            case CLASS_NAME:
            case SET_CLASS_NAME:
            case CLASS_COUNT:
            case CLASS_AT:
            case HAS_CLASS:
            case ADD_CLASS:
            case REMOVE_CLASS:
            case TOGGLE_CLASS:
                return "classes()";
            case TEXT_PROPERTY:
            case SET_TEXT_PROPERTY:
            case BOOL_PROPERTY:
            case SET_BOOL_PROPERTY:
            case NUMBER_PROPERTY:
            case SET_NUMBER_PROPERTY:
                return "the typed properties (title(), tabIndex(), value(), ...)";
            case PROPERTY:
            case SET_PROPERTY:
            case HAS_PROPERTY:
                return "prop(...)";
            case INVOKE:
                return "their methods without arguments (showMe(), ...)";
            case STYLE:
            case SET_STYLE:
            case STYLES:
                return "style()";
            case OPTIONS:
            case INSERT_BEFORE:
                return "options()";
            case LISTEN:
            case UNLISTEN:
            case HAS_EVENT:
                return "events: on(...), when(...), event(...)";
            default:
                return null;
        }
    }

    /** What the web API reaches from a worker: the names of all operations, each once, in order. */
    static String reached() {
        List<String> names = new ArrayList<>();
        for (int op = 1; op <= LAST; op++) {
            String name = name(op);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return String.join(", ", names);
    }
}
