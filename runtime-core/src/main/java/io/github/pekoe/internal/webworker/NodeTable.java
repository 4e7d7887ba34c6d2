package io.github.pekoe.internal.webworker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;

/**
 * The page's side of the handles one worker holds: each time a node is handed to the worker it gets a
 * new number here, and the number is dropped when the worker releases it, so the page keeps no node
 * for a worker that no longer holds it; when the worker stops (terminated, or failed), its whole table
 * goes. Number 0 is the document, which is never stored.
 */
public final class NodeTable {
    private static @Nullable Map<Object, NodeTable> owned;

    private final Map<Integer, JSObject> nodes = new HashMap<>();
    private final List<JSObject> batch = new ArrayList<>();
    private int last;

    private NodeTable() {
    }

    /** The table of the worker {@code owner}, made on its first use. */
    static NodeTable of(Object owner) {
        NodeTable table = tables().get(owner);
        if (table == null) {
            table = new NodeTable();
            tables().put(owner, table);
        }
        return table;
    }

    /** Drops the table of the worker {@code owner}, which has stopped: the page keeps none of its nodes. */
    static void drop(Object owner) {
        tables().remove(owner);
    }

    /** How many nodes the page keeps for all its workers; a figure for tests of the release. */
    public static int size() {
        int size = 0;
        for (NodeTable table : tables().values()) {
            size += table.nodes.size();
        }
        return size;
    }

    /** The tables by worker, made on first use (TeaVM may inline past a class initialiser). */
    private static Map<Object, NodeTable> tables() {
        if (owned == null) {
            owned = new HashMap<>();
        }
        return owned;
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
