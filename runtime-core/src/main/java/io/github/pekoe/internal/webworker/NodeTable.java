package io.github.pekoe.internal.webworker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;

/**
 * The page's side of the handles its workers hold: each time a node is handed to a worker it gets a
 * new number here, and the number is dropped when the worker releases it, so the page keeps no node
 * for a worker that no longer holds it. Number 0 is the document, which is never stored.
 */
public final class NodeTable {
    private static @Nullable NodeTable shared;

    private final Map<Integer, JSObject> nodes = new HashMap<>();
    private final List<JSObject> batch = new ArrayList<>();
    private int last;

    private NodeTable() {
    }

    /** The page's table, made on first use (TeaVM may inline past a class initialiser). */
    static NodeTable shared() {
        if (shared == null) {
            shared = new NodeTable();
        }
        return shared;
    }

    /** How many nodes the page keeps for its workers; a figure for tests of the release. */
    public static int size() {
        return shared().nodes.size();
    }

    /** Keeps {@code node} under a new number and returns it. */
    int add(JSObject node) {
        nodes.put(++last, node);
        return last;
    }

    /** Starts a worker's batch: its new elements are -1, -2, ... until {@link #endBatch}. */
    void startBatch() {
        batch.clear();
    }

    /** Names the node kept under {@code id} as the batch's next new element. */
    void madeInBatch(int id) {
        batch.add(nodes.get(id));
    }

    /** Ends a worker's batch. */
    void endBatch() {
        batch.clear();
    }

    /**
     * The node kept under {@code id}; {@code document} for 0; a new element of the current batch for
     * a negative number.
     *
     * @throws IllegalStateException if no node is kept under it (never for a handle the worker still holds)
     */
    JSObject node(int id, JSObject document) {
        if (id == Op.DOCUMENT) {
            return document;
        }
        if (id < 0 && -id <= batch.size()) {
            return batch.get(-id - 1);
        }
        JSObject node = nodes.get(id);
        if (node == null) {
            throw new IllegalStateException("the page keeps no node for the worker's handle " + id);
        }
        return node;
    }

    /** Drops the node kept under {@code id}. */
    void release(int id) {
        nodes.remove(id);
    }
}
