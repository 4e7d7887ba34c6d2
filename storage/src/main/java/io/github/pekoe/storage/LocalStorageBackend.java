package io.github.pekoe.storage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;

/**
 * A store in localStorage, for browsers without IndexedDB: entry {@code key} of database
 * {@code IDBMap/@pyscript/NAME} is the item {@code "IDBMap/@pyscript/NAME" + "\u0000" + key}, with
 * the same stored text as in IndexedDB. localStorage writes at once, so every change is durable when
 * the call returns and {@link #sync()} has nothing to wait for.
 */
final class LocalStorageBackend implements Backend {
    private final String prefix;
    private final org.teavm.jso.browser.Storage items = org.teavm.jso.browser.Storage.getLocalStorage();

    LocalStorageBackend(String database) {
        this.prefix = database + "\u0000";
    }

    /** Whether this page may use localStorage. */
    @JSBody(script = "try { return typeof localStorage !== 'undefined' && localStorage !== null; }"
            + " catch (e) { return false; }")
    static native boolean available();

    /** Every entry of the store, in key order as IndexedDB would give them. */
    Map<String, Object> load() {
        List<String> keys = keys();
        Collections.sort(keys);
        Map<String, Object> entries = new LinkedHashMap<>();
        for (String key : keys) {
            entries.put(key, StoreOpener.read(items.getItem(prefix + key)));
        }
        return entries;
    }

    @Override
    public void set(String key, String text) {
        items.setItem(prefix + key, text);
    }

    @Override
    public void delete(String key) {
        items.removeItem(prefix + key);
    }

    @Override
    public void clear() {
        for (String key : keys()) {
            items.removeItem(prefix + key);
        }
    }

    @Override
    public void sync() {
        // Nothing waits: each change was written when it was made.
    }

    private List<String> keys() {
        List<String> keys = new ArrayList<>();
        int length = items.getLength();
        for (int i = 0; i < length; i++) {
            String item = items.key(i);
            if (item != null && item.startsWith(prefix)) {
                keys.add(item.substring(prefix.length()));
            }
        }
        return keys;
    }
}
