package io.github.pekoe.bridge.indexeddb;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.indexeddb.IDBDatabase;

/** An open IndexedDB database: TeaVM's {@code IDBDatabase}, plus its store names as the browser's list. */
public interface JsIdbDatabase extends IDBDatabase {
    /**
     * The names of the object stores, as the browser's {@code DOMStringList} (TeaVM's
     * {@code getObjectStoreNames()} copies them into a Java array).
     */
    @JSProperty("objectStoreNames")
    JSArrayReader<JSObject> getStoreNameList();
}
