package io.github.pekoe.storage;

import io.github.pekoe.bridge.Console;
import io.github.pekoe.bridge.indexeddb.JsIdbDatabase;
import io.github.pekoe.bridge.indexeddb.JsIdbFactory;
import io.github.pekoe.bridge.indexeddb.JsIdbObjectStore;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JsPrimitives;
import io.github.pekoe.internal.js.JsToJava;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.indexeddb.IDBDatabase;
import org.teavm.jso.indexeddb.IDBGetRequest;
import org.teavm.jso.indexeddb.IDBObjectStore;
import org.teavm.jso.indexeddb.IDBOpenDBRequest;
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
        JSObject[] read = readAll(db);
        int length = ArrayLike.length(read[0]);
        Map<String, Object> entries = new LinkedHashMap<>();
        for (int i = 0; i < length; i++) {
            JSObject value = ArrayLike.item(read[1], i);
            entries.put(JsPrimitives.text(ArrayLike.item(read[0], i)),
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
        IDBTransaction transaction;
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
        } catch (Throwable e) {
            String failed = String.valueOf(e.getMessage());
            // The caller may be a Java thread (sync()); threads resume only outside one.
            Window.setTimeout(() -> finished(batch, upTo, failed), 0);
            return;
        }
        writing.add(batch);
        IDBTransaction done = transaction;
        transaction.setOnComplete(() -> finished(batch, upTo, null));
        transaction.setOnAbort(() -> finished(batch, upTo, Idb.errorText(done)));
    }

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

    @Async
    private static native IDBDatabase openDatabase(String name);

    private static void openDatabase(String name, AsyncCallback<IDBDatabase> callback) {
        try {
            IDBOpenDBRequest request = JsIdbFactory.current().open(name);
            request.setOnUpgradeNeeded(event -> {
                IDBDatabase created = request.getResult();
                if (((JsIdbDatabase) created).getStoreNameList().getLength() == 0) {
                    created.createObjectStore(STORE);
                }
            });
            request.setOnSuccess(() -> callback.complete(request.getResult()));
            request.setOnError(() -> callback.error(new IllegalStateException("storage: cannot open the IndexedDB"
                    + " database '" + name + "': " + Idb.errorText(request))));
        } catch (Throwable e) {
            callback.error(e);
        }
    }

    @Async
    private static native JSObject[] readAll(IDBDatabase db);

    private static void readAll(IDBDatabase db, AsyncCallback<JSObject[]> callback) {
        try {
            IDBTransaction transaction = db.transaction(STORE, "readonly");
            IDBObjectStore store = transaction.objectStore(STORE);
            IDBGetRequest keys = store.getAllKeys();
            IDBGetRequest values = ((JsIdbObjectStore) store).getAll();
            transaction.setOnComplete(() -> callback.complete(new JSObject[] {keys.getResult(), values.getResult()}));
            transaction.setOnAbort(() -> callback.error(new IllegalStateException("storage: cannot read the"
                    + " IndexedDB database '" + db.getName() + "': " + Idb.errorText(transaction))));
        } catch (Throwable e) {
            callback.error(e);
        }
    }
}
