package io.github.pekoe.examples.bench.soak;

import static io.github.pekoe.Pekoe.*;
import static io.github.pekoe.storage.Storage.storage;

import io.github.pekoe.*;
import io.github.pekoe.storage.Storage;
import org.teavm.jso.browser.Performance;

/**
 * Opens the store "soak" that {@link SoakStoreWrite} filled and reads its {@code n} (the URL's) keys;
 * shows the milliseconds of the opening in {@code #open} and of the reading in {@code #read}, how
 * many keys held their number in {@code #matched}, and "done" in {@code #done}.
 */
@Script("soak-store-read")
public class SoakStoreRead {
    /** Opens, reads every key and shows the figures. */
    public static void main(String[] args) {
        int n = PageQuery.number("n", 100);
        double start = Performance.now();
        Storage store = storage("soak");
        double opened = Performance.now();
        int matched = 0;
        for (int i = 0; i < n; i++) {
            Object value = store.get("k" + i);
            if (value instanceof Number && ((Number) value).intValue() == i) {
                matched++;
            }
        }
        double read = Performance.now();
        display(target("open"), opened - start);
        display(target("read"), read - opened);
        display(target("matched"), matched);
        display(target("done"), "done");
    }
}
