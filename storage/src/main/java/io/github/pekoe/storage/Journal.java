package io.github.pekoe.storage;

import io.github.pekoe.bridge.Console;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JsPrimitives;
import io.github.pekoe.internal.js.JsonText;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Storage;

/**
 * The changes of one IndexedDB store that a page had not seen written when it hid, kept in
 * localStorage, which is written at once and outlives the page: the item
 * {@code pekoe-unsynced:PAGE:DATABASE} (one per page and database, so that tabs never overwrite each
 * other's) holds the JSON array of the changes in order, {@code [key, stored text]} for a write and
 * {@code [key]} for a removal. The next page that opens the store writes them again and then removes
 * the item.
 */
final class Journal {
    private static final String PREFIX = "pekoe-unsynced:";
    /** Made on first use: TeaVM may inline a caller and skip this class's static initializer. */
    private static @Nullable String page;

    private final Storage items = Storage.getLocalStorage();
    private final String database;
    private final String item;

    private Journal(String database) {
        if (page == null) {
            page = pageId();
        }
        this.database = database;
        this.item = PREFIX + page + ":" + database;
    }

    /** The journal of {@code database} for this page, or null where there is no localStorage (a worker). */
    static @Nullable Journal of(String database) {
        return LocalStorageBackend.available() ? new Journal(database) : null;
    }

    /** A name for this page that no other page of the origin has. */
    @JSBody(script = "return Date.now().toString(36) + Math.random().toString(36).substring(2);")
    private static native String pageId();

    /**
     * Keeps {@code batches} in order as this page's journal, replacing what it held, or removes it
     * when they are empty. Says on the console when localStorage refuses them.
     *
     * @return whether the journal now holds them
     */
    boolean keep(List<List<String[]>> batches) {
        items.removeItem(item);
        StringBuilder out = new StringBuilder("[");
        int count = 0;
        for (List<String[]> batch : batches) {
            for (String[] change : batch) {
                out.append(count++ == 0 ? "[" : ",[");
                JsonScalars.quote(out, change[0]);
                if (change[1] != null) {
                    out.append(',');
                    JsonScalars.quote(out, change[1]);
                }
                out.append(']');
            }
        }
        if (count == 0) {
            return false;
        }
        try {
            items.setItem(item, out.append(']').toString());
            return true;
        } catch (RuntimeException e) {
            Console.error("storage: localStorage refused to keep the unwritten changes (" + count + ") to the"
                    + " IndexedDB database '" + database + "' (is it full?), so they are lost if the page closes"
                    + " before IndexedDB writes them: " + e.getMessage());
            return false;
        }
    }

    /** Removes this page's journal. */
    void remove() {
        items.removeItem(item);
    }

    /**
     * The journals of the database that pages left, as pairs of item name and text; a journal
     * that is not an array of changes is left alone.
     */
    List<String[]> left() {
        List<String[]> found = new ArrayList<>();
        String suffix = ":" + database;
        for (int i = 0; i < items.getLength(); i++) {
            String name = items.key(i);
            if (name != null && name.startsWith(PREFIX) && name.indexOf(':', PREFIX.length()) == name.length()
                    - suffix.length() && name.endsWith(suffix)) {
                found.add(new String[] {name, items.getItem(name)});
            }
        }
        return found;
    }

    /**
     * The changes of a journal's text, each {@code [key, text]} or {@code [key, null]}, or null when
     * the text is not a journal.
     */
    static @Nullable List<String[]> changes(String text) {
        JSObject parsed = JsonText.tryParse(text);
        if (JsonText.errorOf(parsed) != null || !isChanges(JsonText.valueOf(parsed))) {
            return null;
        }
        JSObject list = JsonText.valueOf(parsed);
        int length = ArrayLike.length(list);
        List<String[]> changes = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            JSObject change = ArrayLike.item(list, i);
            changes.add(new String[] {JsPrimitives.string(ArrayLike.item(change, 0)),
                    ArrayLike.length(change) == 2 ? JsPrimitives.string(ArrayLike.item(change, 1)) : null});
        }
        return changes;
    }

    /** Whether {@code value} is an array of arrays of one or two strings. */
    @JSBody(params = "value", script = "return Array.isArray(value) && value.every(function (c) {"
            + " return Array.isArray(c) && c.length > 0 && c.length < 3 && typeof c[0] === 'string'"
            + " && typeof c[c.length - 1] === 'string'; });")
    private static native boolean isChanges(JSObject value);

    /** Removes the item {@code name} unless its text is no longer {@code text} (its page wrote it again). */
    void removeLeft(String name, String text) {
        if (text.equals(items.getItem(name))) {
            items.removeItem(name);
        }
    }
}
