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
 * per batch: when {@link #sync()} asks, and when the {@link Flusher} says. One instance per database and page, shared by every {@code Storage} of that name.
 */
final class IndexedDbBackend implements Backend {
    private static final String STORE = "entries";
    /** Made on first use: TeaVM may inline a caller and skip this class's static initializer. */
    private static Map<String, IndexedDbBackend> open;

    private final String database;
    private final IDBDatabase db;
    private List<String[]> pending = new ArrayList<>();
    private List<Waiter> waiters = new ArrayList<>();
    private final Flusher flusher = new Flusher(this::flush);
    private boolean flushing;
    private int queued;
    private int durable;

    private IndexedDbBackend(String database, IDBDatabase db) {
        this.database = database;
        this.db = db;
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
        }
        return backend;
    }

    /** Every entry of the database in key order, after this page's queued changes are written; blocks. */
    Map<String, Object> load() {
        flush();
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
    public void clear() {
        enqueue(new String[] {null, null});
    }

    @Override
    public void sync() {
        if (durable == queued) {
            return;
        }
        int target = queued;
        flush();
        String failure = awaitDurable(this, target);
        if (failure != null) {
            throw new IllegalStateException("storage: writing to the IndexedDB database '" + database
                    + "' failed: " + failure);
        }
    }

    private void enqueue(String[] change) {
        pending.add(change);
        queued++;
        flusher.soon();
    }

    /** Starts writing the queued changes unless a batch is being written (it starts the next one). */
    private void flush() {
        if (flushing || pending.isEmpty()) {
            return;
        }
        List<String[]> batch = pending;
        pending = new ArrayList<>();
        flushing = true;
        int upTo = queued;
        IDBTransaction transaction;
        try {
            transaction = db.transaction(STORE, "readwrite");
            IDBObjectStore store = transaction.objectStore(STORE);
            for (String[] change : batch) {
                if (change[0] == null) {
                    store.clear();
                } else if (change[1] == null) {
                    store.delete(JsPrimitives.of(change[0]));
                } else {
                    store.put(JsPrimitives.of(change[1]), JsPrimitives.of(change[0]));
                }
            }
        } catch (Throwable e) {
            String failure = String.valueOf(e.getMessage());
            // The caller may be a Java thread (sync()); threads resume only outside one.
            Window.setTimeout(() -> finished(upTo, failure), 0);
            return;
        }
        IDBTransaction done = transaction;
        transaction.setOnComplete(() -> finished(upTo, null));
        transaction.setOnAbort(() -> finished(upTo, Idb.errorText(done)));
    }

    private void finished(int upTo, String failure) {
        flushing = false;
        durable = upTo;
        if (failure != null) {
            Console.error("storage: writing to the IndexedDB database '" + database + "' failed: " + failure);
        }
        List<Waiter> woken = waiters;
        waiters = new ArrayList<>();
        for (Waiter waiter : woken) {
            if (waiter.target <= upTo) {
                waiter.callback.complete(failure);
            } else {
                waiters.add(waiter);
            }
        }
        flush();
    }

    /** A thread blocked in sync() until change number {@code target} is durable. */
    private static final class Waiter {
        final int target;
        final AsyncCallback<String> callback;

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
