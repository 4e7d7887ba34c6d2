package io.github.pekoe.storage;

import io.github.pekoe.bridge.Console;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.JsonText;

/** Opens stores: checks the name, picks IndexedDB or localStorage, and reads stored text. */
final class StoreOpener {
    /** idb-map's database prefix followed by PyScript's name prefix. */
    static final String DATABASE_PREFIX = "IDBMap/@pyscript/";
    private static boolean toldFallback;

    private StoreOpener() {
    }

    /** Opens the store {@code name} and reads its entries; blocks the calling Java thread. */
    static Store open(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("Storage name must be a non-empty string");
        }
        String database = DATABASE_PREFIX + name;
        if (JsProperties.hasGlobal("indexedDB")) {
            IndexedDbBackend backend = IndexedDbBackend.forName(database);
            return new Store(name, backend, backend.load());
        }
        if (LocalStorageBackend.available()) {
            if (!toldFallback) {
                toldFallback = true;
                Console.warn("storage: this browser has no IndexedDB; stores are kept in localStorage,"
                        + " in PyScript's value format");
            }
            LocalStorageBackend backend = LocalStorageBackend.forName(database);
            return new Store(name, backend, backend.load());
        }
        throw new IllegalStateException("storage('" + name + "'): this browser has neither IndexedDB nor"
                + " localStorage, so nothing can be stored");
    }

    /** The Java value of one stored text; text not in PyScript's format comes back as it is. */
    static Object read(String text) {
        if (text == null) {
            return null;
        }
        Object simple = ValueFormat.decodeSimple(text);
        if (simple != ValueFormat.NOT_SIMPLE) {
            return simple;
        }
        try {
            return ValueFormat.decode(text, JsonText.parse(text));
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
