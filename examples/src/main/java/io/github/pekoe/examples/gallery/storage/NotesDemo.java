package io.github.pekoe.examples.gallery.storage;

import static io.github.pekoe.Pekoe.*;
import static io.github.pekoe.storage.Storage.storage;

import io.github.pekoe.Handler;
import io.github.pekoe.Script;
import io.github.pekoe.storage.Storage;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** A notes pad kept in IndexedDB: add notes, clear them, sync them; reload and they are still there. */
@Script("notes")
public class NotesDemo {
    private static Storage notes;

    /** Opens the store "notes" (PyScript's storage("notes") sees the same data) and lists it. */
    public static void main(String[] args) {
        notes = storage("notes");
        render();
        status("Loaded " + notes.size() + " notes.");
    }

    /** Adds the typed note; it is written on its own a moment later. */
    @Handler("add_note")
    public static void addNote() {
        HTMLInputElement input = (HTMLInputElement) document().getElementById("note");
        String text = input.getValue().trim();
        if (text.isEmpty()) {
            return;
        }
        notes.put(nextKey(), text);
        input.setValue("");
        render();
        status("Added; written on its own in a moment, or now with Sync.");
    }

    /** Removes every note. */
    @Handler("clear_notes")
    public static void clearNotes() {
        notes.clear();
        render();
        status("Cleared.");
    }

    /** Blocks until every change is on disk. */
    @Handler("sync_notes")
    public static void syncNotes() {
        notes.sync();
        status("Synced: " + notes.size() + " notes are on disk.");
    }

    /** Keys that sort in the order the notes were added: 000001, 000002, ... */
    private static String nextKey() {
        int last = 0;
        for (String key : notes.keySet()) {
            last = Math.max(last, Integer.parseInt(key));
        }
        String key = String.valueOf(last + 1);
        while (key.length() < 6) {
            key = "0" + key;
        }
        return key;
    }

    private static void render() {
        HTMLElement list = document().getElementById("notes");
        list.setInnerHTML("");
        for (Map.Entry<String, Object> note : notes.entrySet()) {
            HTMLElement item = document().createElement("li");
            item.setTextContent(String.valueOf(note.getValue()));
            list.appendChild(item);
        }
    }

    private static void status(String text) {
        document().getElementById("status").setTextContent(text);
    }
}
