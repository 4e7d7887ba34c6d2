package io.github.pekoe.storage;

import io.github.pekoe.bridge.Console;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JsPrimitives;
import io.github.pekoe.internal.js.JsProperties;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

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
            open.put(database, backend);
        }
        return backend;
    }

    /** Every entry of the store in key order, as IndexedDB gives them, after queued changes are written. */
    Map<String, Object> load() {
        flush();
        texts.clear();
        Map<String, Object> entries = new LinkedHashMap<>();
        String json = items.getItem(item);
        JSObject stored = json == null ? null : parseObject(json);
        if (stored == null) {
            return entries;
        }
        JSObject keys = sortedKeys(stored);
        int length = ArrayLike.length(keys);
        for (int i = 0; i < length; i++) {
            String key = JsPrimitives.string(ArrayLike.item(keys, i));
            String text = JsPrimitives.text(JsProperties.get(stored, key));
            texts.put(key, text);
            entries.put(key, StoreOpener.read(text));
        }
        return entries;
    }

    /** The JSON object of {@code text}, or null when it is not one. */
    @JSBody(params = "text", script = "try { var o = JSON.parse(text);"
            + " return o && typeof o === 'object' && !Array.isArray(o) ? o : null; } catch (e) { return null; }")
    private static native JSObject parseObject(String text);

    /** The object's keys sorted by UTF-16 code units, IndexedDB's order for string keys. */
    @JSBody(params = "o", script = "return Object.keys(o).sort();")
    private static native JSObject sortedKeys(JSObject o);

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

    private void flush() {
        if (!dirty) {
            return;
        }
        try {
            items.setItem(item, JsonScalars.object(texts));
            dirty = false;
            failure = null;
        } catch (RuntimeException e) {
            failure = "storage: writing the localStorage item '" + item + "' failed (is it full?): " + e.getMessage();
            Console.error(failure);
        }
    }
}
