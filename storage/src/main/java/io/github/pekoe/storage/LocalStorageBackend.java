package io.github.pekoe.storage;

import io.github.pekoe.bridge.Console;
import io.github.pekoe.bridge.JsonText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;

/**
 * A store in localStorage, for browsers without IndexedDB: the item named like the database,
 * {@code IDBMap/@pyscript/NAME}, holds a JSON object from each key to the same stored text as in
 * IndexedDB. Changes collect in memory and the whole item is written at once, when {@link #sync()}
 * asks and when the {@link Flusher} says; localStorage is durable as soon as it is written.
 */
final class LocalStorageBackend implements Backend {
    /** Made on first use: TeaVM may inline a caller and skip this class's static initializer. */
    private static Map<String, LocalStorageBackend> open;

    private final String item;
    private final org.teavm.jso.browser.Storage items = org.teavm.jso.browser.Storage.getLocalStorage();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Flusher flusher = new Flusher(this::flush);
    private boolean dirty;
    private String failure;

    private LocalStorageBackend(String item) {
        this.item = item;
    }

    /** Whether this page may use localStorage. */
    @JSBody(script = "try { return typeof localStorage !== 'undefined' && localStorage !== null; }"
            + " catch (e) { return false; }")
    static native boolean available();

    /** The shared backend of the item {@code database}. */
    static LocalStorageBackend forName(String database) {
        if (open == null) {
            open = new HashMap<>();
        }
        LocalStorageBackend backend = open.get(database);
        if (backend == null) {
            backend = new LocalStorageBackend(database);
            backend.read();
            open.put(database, backend);
        }
        return backend;
    }

    /** Every entry of the store, in key order as IndexedDB would give them. */
    Map<String, Object> load() {
        List<String> keys = new ArrayList<>(texts.keySet());
        Collections.sort(keys);
        Map<String, Object> entries = new LinkedHashMap<>();
        for (String key : keys) {
            entries.put(key, StoreOpener.read(texts.get(key)));
        }
        return entries;
    }

    @Override
    public void set(String key, String text) {
        texts.put(key, text);
        changed();
    }

    @Override
    public void delete(String key) {
        texts.remove(key);
        changed();
    }

    @Override
    public void clear() {
        texts.clear();
        changed();
    }

    @Override
    public void sync() {
        flush();
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    private void changed() {
        dirty = true;
        flusher.soon();
    }

    private void read() {
        String json = items.getItem(item);
        Object stored = json == null ? null : StoreOpener.parse(json);
        if (stored instanceof Map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) stored).entrySet()) {
                texts.put(String.valueOf(entry.getKey()), String.valueOf(entry.getValue()));
            }
        }
    }

    private void flush() {
        if (!dirty) {
            return;
        }
        try {
            items.setItem(item, JsonText.stringify(texts));
            dirty = false;
            failure = null;
        } catch (RuntimeException e) {
            failure = "storage: writing the localStorage item '" + item + "' failed (is it full?): " + e.getMessage();
            Console.error(failure);
        }
    }
}
