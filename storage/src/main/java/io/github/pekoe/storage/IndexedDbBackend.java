package io.github.pekoe.storage;

import io.github.pekoe.bridge.Console;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JsPrimitives;
import io.github.pekoe.internal.js.JsToJava;
import io.github.pekoe.internal.js.Promises;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.indexeddb.IDBDatabase;
import org.teavm.jso.indexeddb.IDBObjectStore;
import org.teavm.jso.indexeddb.IDBTransaction;

/**
 * A store in one IndexedDB database laid out as idb-map lays it out: object store {@code entries},
 * out-of-line keys. Changes queue in order and go to the database in one read-write transaction
 * per batch: when {@link #sync()} asks, and when the {@link Flusher} says; a batch starts even while
 * earlier ones are being written (IndexedDB commits them in order). When the page hides, the changes
 * not yet written go to this page's {@link Journal} too, and the next page that opens the database
 * writes what a journal holds before it reads. When another page upgrades or deletes the database,
 * this page closes it, and later writes fail saying why. One instance per database and page, shared
 * by every {@code Storage} of that name.
 */
final class IndexedDbBackend implements Backend {
    private static final String STORE = "entries";
    /** Made on first use: TeaVM may inline a caller and skip this class's static initializer. */
    private static Map<String, IndexedDbBackend> open;

    private final String database;
    private final IDBDatabase db;
    private final Journal journal;
    private List<String[]> pending = new ArrayList<>();
    /** The batches being written, in the order they were started. */
    private final List<List<String[]>> writing = new ArrayList<>();
    private List<Waiter> waiters = new ArrayList<>();
    private final Flusher flusher = new Flusher(this);
    private boolean journaled;
    private String closed;
    /** The first failure since {@link #sync()} last reported one. */
    private String failure;
    private int queued;
    private int durable;

    private IndexedDbBackend(String database, IDBDatabase db) {
        this.database = database;
        this.db = db;
        this.journal = Journal.of(database);
        db.setOnVersionChange(this::close);
    }

    /** The shared backend of {@code database}, opened (and created) on first use; blocks. */
    static IndexedDbBackend forName(String database) {
        if (open == null) {
            open = new HashMap<>();
        }
        IndexedDbBackend backend = open.get(database);
        if (backend == null) {
            backend = new IndexedDbBackend(database, openDatabase(database));
            open.put(database, backend);
            backend.replayJournals();
        }
        return backend;
    }

    /** Writes again the changes the journals of pages that left hold; blocks until written, then removes the journals. */
    private void replayJournals() {
        if (journal == null) {
            return;
        }
        List<String[]> left = journal.left();
        for (String[] item : left) {
            List<String[]> changes = Journal.changes(item[1]);
            if (changes != null) {
                for (String[] change : changes) {
                    enqueue(change);
                }
            }
        }
        // A failure is on the console, and the journals stay for the next page.
        if (queued == 0 || awaitDurable(this, queued) != null) {
            return;
        }
        for (String[] item : left) {
            journal.removeLeft(item[0], item[1]);
        }
    }

    /** Every entry of the database in key order, after this page's queued changes are written; blocks. */
    Map<String, Object> load() {
        flush(false);
        JSObject read = readAll(db);
        JSObject keys = ArrayLike.item(read, 0);
        JSObject values = ArrayLike.item(read, 1);
        int length = ArrayLike.length(keys);
        Map<String, Object> entries = new LinkedHashMap<>();
        for (int i = 0; i < length; i++) {
            JSObject value = ArrayLike.item(values, i);
            entries.put(JsPrimitives.text(ArrayLike.item(keys, i)),
                    JsPrimitives.isString(value) ? StoreOpener.read(JsPrimitives.string(value)) : JsToJava.convert(value));
        }
        return entries;
    }

    @Override
    public void set(String key, String text) {
        enqueue(new String[] {key, text});
    }

    @Override
    public void delete(String key) {
        enqueue(new String[] {key, null});
    }

    @Override
    public void sync() {
        int target = queued;
        flush(false);
        String failed = durable < target ? awaitDurable(this, target) : null;
        if (failed == null) {
            failed = failure;
        }
        failure = null;
        if (failed != null) {
            throw new IllegalStateException("storage: writing to the IndexedDB database '" + database
                    + "' failed: " + failed);
        }
    }

    private void enqueue(String[] change) {
        pending.add(change);
        queued++;
        flusher.soon();
    }

    /** Another page upgrades or deletes the database: write what is queued, then let it go. */
    private void close() {
        flush(false);
        db.close();
        open.remove(database);
        closed = "another page upgraded or deleted the database, so this page closed it; open the store"
                + " again with storage(name)";
        Console.warn("storage: " + closed + " ('" + database + "')");
    }

    /** Starts writing the queued changes in a batch of their own; when the page hides, keeps them in the journal. */
    @Override
    public void flush(boolean hiding) {
        if (!pending.isEmpty()) {
            List<String[]> batch = pending;
            pending = new ArrayList<>();
            start(batch, queued);
        }
        if (hiding && journal != null) {
            journaled = journal.keep(writing);
        }
    }

    private void start(List<String[]> batch, int upTo) {
        IDBTransaction transaction = null;
        String failed = null;
        try {
            if (closed != null) {
                throw new IllegalStateException(closed);
            }
            transaction = db.transaction(STORE, "readwrite");
            IDBObjectStore store = transaction.objectStore(STORE);
            for (String[] change : batch) {
                if (change[1] == null) {
                    store.delete(JsPrimitives.of(change[0]));
                } else {
                    store.put(JsPrimitives.of(change[1]), JsPrimitives.of(change[0]));
                }
            }
            writing.add(batch);
        } catch (Throwable e) {
            transaction = null;
            failed = String.valueOf(e.getMessage());
        }
        // One callback for the three ways a batch ends: each lambda is a class of its own in the bundle.
        whenWritten(transaction, failed, (written, reason) -> finished(batch, upTo, written ? null
                : JsPrimitives.isString(reason) ? JsPrimitives.string(reason) : Idb.errorText(reason)));
    }

    /** Hears how a batch's transaction ended: written, or not for {@code reason}. */
    @JSFunctor
    interface Written extends JSObject {
        void written(boolean written, JSObject reason);
    }

    /**
     * Calls {@code written} when {@code transaction} completes or aborts (the reason is then the
     * transaction); without one, on the next turn with {@code failed} as the reason: the caller may be
     * a Java thread ({@code sync()}), and threads resume only outside one.
     */
    @JSBody(params = {"transaction", "failed", "written"}, script = "if (transaction) {"
            + " transaction.oncomplete = function () { written(true, null); };"
            + " transaction.onabort = function () { written(false, transaction); };"
            + " } else { setTimeout(function () { written(false, failed); }, 0); }")
    private static native void whenWritten(IDBTransaction transaction, String failed, Written written);

    private void finished(List<String[]> batch, int upTo, String failed) {
        for (int i = 0; i < writing.size(); i++) {
            if (writing.get(i) == batch) {
                writing.remove(i);
            }
        }
        if (upTo > durable) {
            durable = upTo;
        }
        if (journaled) {
            journaled = journal.keep(writing);
        }
        if (failed != null) {
            Console.error("storage: writing to the IndexedDB database '" + database + "' failed: " + failed);
            if (failure == null) {
                failure = failed;
            }
        }
        List<Waiter> woken = waiters;
        waiters = new ArrayList<>();
        for (Waiter waiter : woken) {
            if (waiter.failure == null) {
                waiter.failure = failed;
            }
            if (waiter.target <= durable) {
                waiter.callback.complete(waiter.failure);
            } else {
                waiters.add(waiter);
            }
        }
    }

    /** A thread blocked until change number {@code target} is written, with the first failure meanwhile. */
    private static final class Waiter {
        final int target;
        final AsyncCallback<String> callback;
        String failure;

        Waiter(int target, AsyncCallback<String> callback) {
            this.target = target;
            this.callback = callback;
        }
    }

    @Async
    private static native String awaitDurable(IndexedDbBackend backend, int target);

    private static void awaitDurable(IndexedDbBackend backend, int target, AsyncCallback<String> callback) {
        try {
            backend.waiters.add(new Waiter(target, callback));
        } catch (Throwable e) {
            callback.error(e);
        }
    }

    /** The database {@code name}, opened (and made, with its one object store) by {@link #opened}; blocks. */
    private static IDBDatabase openDatabase(String name) {
        return (IDBDatabase) settle(opened(STORE, name), "storage: cannot open the IndexedDB database '" + name + "': ");
    }

    /** {@code [keys, values]} of every entry of the database, in key order, read in one transaction; blocks. */
    private static JSObject readAll(IDBDatabase db) {
        return settle(readEntries(db, STORE), "storage: cannot read the IndexedDB database '" + db.getName() + "': ");
    }

    /**
     * The value of {@code promise}; blocks.
     *
     * @throws IllegalStateException when it is rejected: {@code failing}, then the failure's text
     */
    private static JSObject settle(JSObject promise, String failing) {
        Promises.Outcome outcome = Promises.settle(promise);
        if (!outcome.fulfilled()) {
            throw new IllegalStateException(failing + Idb.errorText(outcome.value()));
        }
        return outcome.value();
    }

    /** Opens database {@code name}; a new one gets the object store {@code store}. Rejected with the request. */
    @JSBody(params = {"store", "name"}, script = "return new Promise(function (ok, fail) { var r = indexedDB.open(name);"
            + " r.onupgradeneeded = function () { if (r.result.objectStoreNames.length === 0) {"
            + " r.result.createObjectStore(store); } };"
            + " r.onsuccess = function () { ok(r.result); }; r.onerror = function () { fail(r); }; });")
    private static native JSObject opened(String store, String name);

    /** {@code [keys, values]} of object store {@code store}, read in one transaction. Rejected with the transaction. */
    @JSBody(params = {"db", "store"}, script = "return new Promise(function (ok, fail) {"
            + " var t = db.transaction(store, 'readonly'), s = t.objectStore(store), k = s.getAllKeys(), v = s.getAll();"
            + " t.oncomplete = function () { ok([k.result, v.result]); }; t.onabort = function () { fail(t); }; });")
    private static native JSObject readEntries(IDBDatabase db, String store);
}
