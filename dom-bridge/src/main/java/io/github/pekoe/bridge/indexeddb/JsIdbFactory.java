package io.github.pekoe.bridge.indexeddb;

import org.teavm.jso.JSProperty;
import org.teavm.jso.JSTopLevel;
import org.teavm.jso.indexeddb.IDBFactory;
import org.teavm.jso.indexeddb.IDBOpenDBRequest;

/** The global {@code indexedDB}. Check {@code JsProperties.hasGlobal("indexedDB")} first. */
public abstract class JsIdbFactory extends IDBFactory {
    private JsIdbFactory() {
    }

    /** The page's (or worker's) {@code indexedDB}. */
    @JSTopLevel
    @JSProperty("indexedDB")
    public static native JsIdbFactory current();

    /** Opens database {@code name} at its current version, creating it at version 1. */
    public abstract IDBOpenDBRequest open(String name);
}
