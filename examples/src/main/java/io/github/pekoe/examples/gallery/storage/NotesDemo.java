package io.github.pekoe.examples.gallery.storage;

import static io.github.pekoe.Pekoe.*;
import static io.github.pekoe.storage.Storage.storage;
import static io.github.pekoe.web.Web.*;

import io.github.pekoe.*;
import io.github.pekoe.storage.Storage;
import io.github.pekoe.web.*;
import io.github.pekoe.web.elements.*;
import java.util.Map;

/** A notes pad kept in IndexedDB: add notes, clear them, sync them; reload and they are still there. */
@Script("notes")
public class NotesDemo {
    private static Storage notes;

    /** Opens the store "notes" (PyScript's storage("notes") sees the same data) and lists it. */
    public static void main(String[] args) {
        notes = storage("notes");
        render();
        status(notes.size() + " notes loaded.");
    }

    /**
     * Adds the typed note; it is written on its own a moment later. Its key sorts in the order the
     * notes were added (1000000, 1000001, ...): notes are only ever cleared all at once, so the count
     * numbers the next one.
     */
    @Handler("add_note")
    public static void addNote() {
        InputElement input = page.get("note").as(InputElement::new);
        String text = input.value().trim();
        if (text.isEmpty()) {
            status("Nothing to add.");
            return;
        }
        notes.put(String.valueOf(1000000 + notes.size()), text);
        input.value("");
        render();
        status("Added: saved in a moment, or now with Sync.");
    }

    /** Removes every note. */
    @Handler("clear_notes")
    public static void clearNotes() {
        if (notes.isEmpty()) {
            status("Nothing to clear.");
            return;
        }
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

    private static void render() {
        Element list = page.get("notes").html("");
        for (Map.Entry<String, Object> note : notes.entrySet()) {
            list.append(new LIElement().text((String) note.getValue()));
        }
    }

    private static void status(String text) {
        page.get("status").text(text);
    }
}
