package io.github.pekoe.bridge.indexeddb;

import org.teavm.jso.JSObject;
import org.teavm.jso.indexeddb.IDBGetRequest;

/** The {@code IDBObjectStore} call TeaVM's type lacks; cast a TeaVM {@code IDBObjectStore} to it. */
public interface JsIdbObjectStore extends JSObject {
    /** Requests every value of the store, in key order. */
    IDBGetRequest getAll();
}
