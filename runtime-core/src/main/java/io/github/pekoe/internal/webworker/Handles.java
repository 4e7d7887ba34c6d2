package io.github.pekoe.internal.webworker;

import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.worker.WorkerSide;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The worker's side of the handles: a handle stands for one of the page's nodes, knows its number in
 * the page's {@link NodeTable}, its hash and its tag name, and throws, naming the property, when code reads any other
 * property of it (a part of the DOM the web API does not yet reach from a worker). Once the worker no
 * longer holds a handle, the garbage collector reports it and its number goes back to the page, with
 * the others reported in the same turn, in one message.
 */
final class Handles {
    private static @Nullable JSObject registry;
    private static @Nullable JSObject guard;
    private static @Nullable JSObject document;
    private static @Nullable List<@Nullable Object> released;

    private Handles() {
    }

    /** Receives the number of a handle the worker no longer holds. */
    @JSFunctor
    interface Released extends JSObject {
        void released(int id);
    }

    /** The handle of the page's element {@code id}, whose hash is {@code key} and tag name {@code tag}. */
    static HTMLElement of(int id, int key, String tag) {
        if (registry == null) {
            registry = newRegistry(Handles::released);
        }
        return make(id, key, tag, 1, guard(), registry);
    }

    /**
     * The handle of an element the worker asked for and the page has not made yet: {@code placeholder}
     * (negative) stands for it in the batch that makes it, until {@link #settle} gives it its number.
     */
    static HTMLElement pending(int placeholder, String tag) {
        return make(placeholder, 0, tag, 1, guard(), null);
    }

    /** Tells whether {@code handle} stands for an element the page has not made yet. */
    static boolean isPending(JSObject handle) {
        return id(handle) < 0;
    }

    /** Gives a pending handle the page's number and hash, and lets the garbage collector release it. */
    static void settle(JSObject handle, int id, int key) {
        if (registry == null) {
            registry = newRegistry(Handles::released);
        }
        JsProperties.setNumber(handle, "k", key);
        JsProperties.setNumber(handle, "i", id);
        register(registry, handle, id);
    }

    /** Marks a pending handle whose element a failed batch never made: the page keeps nothing for it. */
    static void abandon(JSObject handle) {
        JsProperties.setNumber(handle, "i", Integer.MAX_VALUE);
    }

    /** The pending element a queued append put the pending {@code handle} into, or null. */
    static @Nullable JSObject pendingParent(JSObject handle) {
        return JsProperties.get(handle, "p");
    }

    /** Records the pending element a queued append puts the pending {@code handle} into; null for none. */
    static void pendingParent(JSObject handle, @Nullable JSObject parent) {
        JsProperties.set(handle, "p", parent);
    }

    /** The handle of the document, which is never released. */
    static JSObject document() {
        if (document == null) {
            document = make(Op.DOCUMENT, 0, "", 9, guard(), null);
        }
        return document;
    }

    /** The handle in a reply ([number, hash, tag]), or null. */
    static @Nullable HTMLElement of(@Nullable Object reply) {
        return reply == null ? null : of((List<?>) reply, 0);
    }

    /** The handles in a reply (number, hash, tag, number, hash, tag, ...), as a JavaScript array. */
    static JSObject array(List<?> reply) {
        JSObject array = ArrayLike.newArray();
        for (int i = 0; i + 2 < reply.size(); i += 3) {
            ArrayLike.push(array, of(reply, i));
        }
        return array;
    }

    /** The handle whose number, hash and tag start a reply's list. */
    static HTMLElement of(List<?> reply) {
        return of(reply, 0);
    }

    /** Tells whether {@code value} is one of this worker's handles. */
    @JSBody(params = "value", script = "return value !== null && typeof value === 'object' && 'i' in value"
            + " && 'k' in value && 't' in value;")
    static native boolean isHandle(JSObject value);

    /** The handle whose number, hash and tag start at {@code index} of a reply. */
    private static HTMLElement of(List<?> reply, int index) {
        return of(((Number) reply.get(index)).intValue(), ((Number) reply.get(index + 1)).intValue(),
                (String) reply.get(index + 2));
    }

    /** The page's number for {@code handle}. */
    static int id(JSObject handle) {
        return (int) JsProperties.getNumber(handle, "i");
    }

    /** The tag name of the element {@code handle} stands for. */
    static String tag(JSObject handle) {
        return JsProperties.getString(handle, "t");
    }

    /** The hash of the node {@code handle} stands for. */
    static int key(JSObject handle) {
        return (int) JsProperties.getNumber(handle, "k");
    }

    /** Collects a released number; the first of a turn schedules the message that takes them all. */
    private static void released(int id) {
        if (released == null) {
            released = new ArrayList<>();
        }
        if (released.isEmpty()) {
            released.add(Op.RELEASE);
            Window.setTimeout(Handles::sendReleased, 0);
        }
        released.add(id);
    }

    private static void sendReleased() {
        List<@Nullable Object> ids = released;
        released = new ArrayList<>();
        WorkerSide.tellPage(Op.FUNCTION, ids);
    }

    private static JSObject guard() {
        if (guard == null) {
            guard = newGuard("'", "' of a page element is not reachable from a worker: there, the web API reaches "
                    + Op.reached() + "; reach other parts with a sync function on the page");
        }
        return guard;
    }

    @JSBody(params = "released", script = "return new FinalizationRegistry(released);")
    private static native JSObject newRegistry(Released released);

    @JSBody(params = {"before", "after"}, script = "return {get: function (target, name) {"
            + " if (typeof name !== 'string' || name in target) { return target[name]; }"
            + " throw new Error(before + name + after); }};")
    private static native JSObject newGuard(String before, String after);

    @JSBody(params = {"registry", "handle", "id"}, script = "registry.register(handle, id);")
    private static native void register(JSObject registry, JSObject handle, int id);

    @JSBody(params = {"id", "key", "tag", "type", "guard", "registry"}, script = "var handle = new Proxy({i: id,"
            + " k: key, t: tag, p: null, nodeType: type}, guard);"
            + " if (registry) { registry.register(handle, id); } return handle;")
    private static native HTMLElement make(int id, int key, String tag, int type, JSObject guard,
            @Nullable JSObject registry);
}
