package io.github.pekoe.storage;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * PyScript's {@code Storage}: a {@code Map<String, Object>} loaded from a named store, whose every
 * change is queued, in order, for the browser's IndexedDB. {@link #sync()} blocks until every change
 * made so far is durable; changes not synced are written on their own on the next turn of the event
 * loop (once the code that made them finishes or blocks) and when the page hides. When the page hides,
 * the changes not yet written are also kept in localStorage, and the next page that opens the store
 * writes them, so leaving the page at once loses nothing (unless localStorage, a few megabytes, is full).
 *
 * <p>A {@code Storage} is a snapshot: the store as it was when opened, plus this map's changes; what
 * another tab writes later shows only in a map opened later. Changes go to the store key by key, so
 * tabs writing different keys keep both, and {@link #clear()} removes only the keys this map holds.
 * When another page upgrades or deletes the database, this page closes it so that the other page is
 * never blocked, and {@code sync()} then fails saying so; open the store again to go on.
 *
 * <pre>{@code
 * import static io.github.pekoe.storage.Storage.storage;
 *
 * Storage prefs = storage("preferences");
 * prefs.put("theme", "dark");
 * prefs.put("sizes", List.of(12, 14));
 * prefs.sync();
 * }</pre>
 *
 * <p>Values are {@code null}, {@link Boolean}, {@link Integer}, {@link Long} (up to 2^53 - 1),
 * finite {@link Double}, {@link String}, {@link java.util.List} and {@link Map} (String keys) nested
 * in any way, and {@code byte[]} as a value of its own. Anything else is an
 * {@link IllegalArgumentException} that leaves the map and the store unchanged. Read back after a
 * reload, whole numbers are {@code Long}, other numbers {@code Double}, lists {@code ArrayList} and
 * maps {@code LinkedHashMap}. Opening and {@code sync()} block, so call them from a script or a
 * handler (Java threads), not from a plain DOM listener.
 */
public class Storage extends AbstractMap<String, @Nullable Object> {
    private final Map<String, Object> data = new LinkedHashMap<>();
    private final Store store;

    /**
     * Builds the map from an opened store; subclasses pass on the store their factory was given.
     *
     * @param store the opened store, from {@link #storage(String, Function)}
     */
    protected Storage(Store store) {
        this.store = store;
        for (Map.Entry<String, Object> entry : store.entries.entrySet()) {
            data.put(entry.getKey(), entry.getValue());
        }
    }

    /**
     * Opens (or creates) the store {@code name} and loads all of it; blocks until it is read.
     *
     * @param name the store's name; PyScript's {@code storage(name)} of the same origin opens the same data
     * @return the store as a map
     * @throws IllegalArgumentException if {@code name} is null or empty
     * @throws IllegalStateException if the browser has neither IndexedDB nor localStorage, or refuses to open it
     */
    public static Storage storage(String name) {
        return new Storage(StoreOpener.open(name));
    }

    /**
     * Opens the store {@code name} as a subclass of {@code Storage}, PyScript's {@code storage_class}:
     * {@code storage("log", LoggingStorage::new)}.
     *
     * @param name the store's name
     * @param factory builds the map from the opened store, usually a constructor that calls {@code super(store)}
     * @param <S> the subclass
     * @return what {@code factory} built
     * @throws IllegalArgumentException if {@code name} is null or empty
     */
    public static <S extends Storage> S storage(String name, Function<Store, S> factory) {
        return factory.apply(StoreOpener.open(name));
    }

    /** The name this store was opened with. */
    public String name() {
        return store.name();
    }

    /**
     * Blocks until every change made so far, by this map or another of the same name, is durable:
     * after it returns, a reload or another page of the origin reads them.
     *
     * @throws IllegalStateException naming the browser's error (such as {@code QuotaExceededError}) if a
     *         change made since the last {@code sync()} failed to be written, or if another page upgraded
     *         or deleted the database
     */
    public void sync() {
        store.backend.sync();
    }

    /**
     * Sets {@code key} to {@code value} and queues the write.
     *
     * @return the previous value, or null
     * @throws IllegalArgumentException if the key is null or the value (or something in it) cannot be stored
     */
    @Override
    public @Nullable Object put(String key, @Nullable Object value) {
        StoredValues.check(key, value);
        store.backend.set(key, ValueFormat.encode(value));
        return data.put(key, value);
    }

    /**
     * Sets every entry of {@code entries}, in its order, after checking all of them: one value that
     * cannot be stored leaves everything unchanged.
     *
     * @throws IllegalArgumentException naming the first key whose value cannot be stored
     */
    @Override
    public void putAll(Map<? extends String, ?> entries) {
        for (Map.Entry<? extends String, ?> entry : entries.entrySet()) {
            StoredValues.check(entry.getKey(), entry.getValue());
        }
        for (Map.Entry<? extends String, ?> entry : entries.entrySet()) {
            put(entry.getKey(), entry.getValue());
        }
    }

    /**
     * Removes {@code key} and queues the removal.
     *
     * @return the removed value, or null when there was none
     */
    @Override
    public @Nullable Object remove(Object key) {
        if (!data.containsKey(key)) {
            return null;
        }
        store.backend.delete((String) key);
        return data.remove(key);
    }

    /**
     * Removes every entry this map holds and queues their removal, one key at a time: keys another
     * tab wrote after this map was loaded, which this map never held, stay in the store.
     */
    @Override
    public void clear() {
        for (Map.Entry<String, Object> entry : data.entrySet()) {
            store.backend.delete(entry.getKey());
        }
        data.clear();
    }

    /** The value of {@code key}, or null. */
    @Override
    public @Nullable Object get(Object key) {
        return data.get(key);
    }

    /** Whether {@code key} has a value (null included). */
    @Override
    public boolean containsKey(Object key) {
        return data.containsKey(key);
    }

    /** How many entries the map has. */
    @Override
    public int size() {
        return data.size();
    }

    /**
     * The entries in insertion order (loaded ones in key order); removing through the set, its
     * iterator, {@code keySet()} or {@code values()}, and {@code Entry.setValue}, change the store too.
     */
    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new Entries();
    }

    /** The entry set view: reads from the map, writes through {@link Storage}'s own methods. */
    private final class Entries extends AbstractSet<Map.Entry<String, Object>> {
        @Override
        public int size() {
            return data.size();
        }

        @Override
        public void clear() {
            Storage.this.clear();
        }

        @Override
        public Iterator<Map.Entry<String, Object>> iterator() {
            Iterator<Map.Entry<String, Object>> entries = data.entrySet().iterator();
            return new Iterator<Map.Entry<String, Object>>() {
                private String last;

                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public Map.Entry<String, Object> next() {
                    Map.Entry<String, Object> entry = entries.next();
                    last = entry.getKey();
                    return new StoredEntry(entry);
                }

                @Override
                public void remove() {
                    entries.remove();
                    store.backend.delete(last);
                }
            };
        }
    }

    /** One entry whose {@code setValue} is a checked, queued write. */
    private final class StoredEntry extends AbstractMap.SimpleEntry<String, Object> {
        private final Map.Entry<String, Object> entry;

        StoredEntry(Map.Entry<String, Object> entry) {
            super(entry);
            this.entry = entry;
        }

        @Override
        public Object setValue(Object value) {
            String key = entry.getKey();
            StoredValues.check(key, value);
            store.backend.set(key, ValueFormat.encode(value));
            super.setValue(value);
            return entry.setValue(value);
        }
    }
}
