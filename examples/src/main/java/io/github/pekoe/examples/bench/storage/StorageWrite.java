package io.github.pekoe.examples.bench.storage;

import static io.github.pekoe.Pekoe.*;
import static io.github.pekoe.storage.Storage.storage;

import io.github.pekoe.*;
import io.github.pekoe.storage.Storage;
import org.teavm.jso.browser.Performance;

/** Opens the store "bench", puts 10,000 keys and waits until they are on disk. */
@Script("storage-write")
public class StorageWrite {
    private static final int KEYS = 10_000;

    /** Writes and syncs, then writes the milliseconds into {@code #work} and "done" into {@code #done}. */
    public static void main(String[] args) {
        double start = Performance.now();
        Storage store = storage("bench");
        for (int i = 0; i < KEYS; i++) {
            store.put("k" + i, i);
        }
        store.sync();
        double millis = Performance.now() - start;
        display(target("work"), millis);
        display(target("done"), "done");
    }
}
