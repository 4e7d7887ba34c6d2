package io.github.pekoe.storage;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.indexeddb.IDBDatabase;
import org.teavm.jso.indexeddb.IDBObjectStore;
import org.teavm.jso.indexeddb.IDBOpenDBRequest;
import org.teavm.jso.indexeddb.IDBRequest;

/** The IndexedDB calls teavm-jso-apis lacks: opening at the current version, reading all, error text. */
final class Idb {
    private Idb() {
    }

    /** Opens database {@code name} at its current version (version 1 when new), as idb-map does. */
    @JSBody(params = "name", script = "return indexedDB.open(name);")
    static native IDBOpenDBRequest open(String name);

    /** How many object stores the database has. */
    @JSBody(params = "db", script = "return db.objectStoreNames.length;")
    static native int storeCount(IDBDatabase db);

    /** Requests every key of {@code store}, in key order. */
    @JSBody(params = "store", script = "return store.getAllKeys();")
    static native IDBRequest allKeys(IDBObjectStore store);

    /** Requests every value of {@code store}, in key order. */
    @JSBody(params = "store", script = "return store.getAll();")
    static native IDBRequest allValues(IDBObjectStore store);

    /** The result of a finished request. */
    @JSBody(params = "request", script = "return request.result;")
    static native JSObject result(IDBRequest request);

    /** A readable text for the error of a failed request or transaction, or of a thrown exception. */
    @JSBody(params = "source", script = "var e = source && source.error !== undefined ? source.error : source;"
            + " return e ? String(e.name || 'Error') + ': ' + String(e.message || e) : 'unknown error';")
    static native String errorText(JSObject source);

    /** {@code value} as a string: a string as it is, anything else through {@code String(value)}. */
    @JSBody(params = "value", script = "return String(value);")
    static native String text(JSObject value);

    /** Whether {@code value} is a JavaScript string. */
    @JSBody(params = "value", script = "return typeof value === 'string';")
    static native boolean isString(JSObject value);
}
