package io.github.pekoe.examples.bench.soak;

import static io.github.pekoe.Pekoe.*;
import static io.github.pekoe.storage.Storage.storage;

import io.github.pekoe.*;
import io.github.pekoe.storage.Storage;
import org.teavm.jso.browser.Performance;

/**
 * Opens the store "soak", puts {@code n} (the URL's) keys {@code k0..} with their numbers and syncs;
 * shows the milliseconds in {@code #work} and "done" in {@code #done}.
 */
@Script("soak-store-write")
public class SoakStoreWrite {
    /** Fills and syncs the store. */
    public static void main(String[] args) {
        int n = PageQuery.number("n", 100);
        double start = Performance.now();
        Storage store = storage("soak");
        for (int i = 0; i < n; i++) {
            store.put("k" + i, i);
        }
        store.sync();
        display(target("work"), Performance.now() - start);
        display(target("done"), "done");
    }
}
