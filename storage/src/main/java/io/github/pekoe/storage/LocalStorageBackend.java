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
 * IndexedDB. Changes collect in memory and go into the item at once, when {@link #sync()} asks and
 * when the {@link Flusher} says: the item is read again and only the changed keys are written or
 * removed, so the keys another tab wrote meanwhile stay. localStorage is durable as soon as it is
 * written.
 */
final class LocalStorageBackend implements Backend {
    /** Made on first use: TeaVM may inline a caller and skip this class's static initializer. */
    private static Map<String, LocalStorageBackend> open;

    private final String item;
    private final org.teavm.jso.browser.Storage items = org.teavm.jso.browser.Storage.getLocalStorage();
    /** Each changed key's new text, or null for a removal, since the last write. */
    private final Map<String, String> changes = new LinkedHashMap<>();
    private final Flusher flusher = new Flusher(this);
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
        flush(false);
        Map<String, Object> entries = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : read().entrySet()) {
            entries.put(entry.getKey(), StoreOpener.read(entry.getValue()));
        }
        return entries;
    }

    /** The item's keys and texts in key order; none when it is missing or not a JSON object. */
    private Map<String, String> read() {
        Map<String, String> texts = new LinkedHashMap<>();
        String json = items.getItem(item);
        JSObject stored = json == null ? null : parseObject(json);
        if (stored != null) {
            JSObject keys = sortedKeys(stored);
            int length = ArrayLike.length(keys);
            for (int i = 0; i < length; i++) {
                String key = JsPrimitives.string(ArrayLike.item(keys, i));
                texts.put(key, JsPrimitives.text(JsProperties.get(stored, key)));
            }
        }
        return texts;
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
        changes.put(key, text);
        flusher.soon();
    }

    @Override
    public void delete(String key) {
        changes.put(key, null);
        flusher.soon();
    }

    @Override
    public void sync() {
        flush(false);
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** Writes the changed keys into the item now; localStorage is durable once written, hiding or not. */
    @Override
    public void flush(boolean hiding) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, String> texts = read();
        for (Map.Entry<String, String> change : changes.entrySet()) {
            if (change.getValue() == null) {
                texts.remove(change.getKey());
            } else {
                texts.put(change.getKey(), change.getValue());
            }
        }
        try {
            items.setItem(item, JsonScalars.object(texts));
            changes.clear();
            failure = null;
        } catch (RuntimeException e) {
            failure = "storage: writing the localStorage item '" + item + "' failed (is it full?): " + e.getMessage();
            Console.error(failure);
        }
    }
}
