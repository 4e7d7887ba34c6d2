package io.github.pekoe.examples.bench;

import com.microsoft.playwright.PlaywrightException;
import java.util.List;

/**
 * The storage soak: {@code soak-store-write.html} fills the store "soak" and syncs it, then
 * {@code soak-store-read.html}, a fresh load in the same browser, opens it and reads every key.
 *
 * @param keys the keys asked for
 * @param writeMillis filling and syncing, measured by the page
 * @param openMillis {@code storage(name)} in the fresh page, until it returned
 * @param readMillis reading every key
 * @param matched the keys read back with the value written
 * @param problems what went wrong
 */
record StoreSoak(int keys, Double writeMillis, Double openMillis, Double readMillis, Double matched,
        List<String> problems) {

    /** Runs the storage soak in the fresh browser {@code session}. */
    static StoreSoak run(ColdChromium.Session session, BenchSite site, int keys) {
        BenchTab tab = new BenchTab(session, BenchTab.SOAK_MILLIS);
        Double write = null;
        Double open = null;
        Double read = null;
        Double matched = null;
        try {
            if (tab.load(site.url("soak-store-write.html?n=" + keys))) {
                write = tab.number("work");
                if (tab.load(site.url("soak-store-read.html?n=" + keys))) {
                    open = tab.number("open");
                    read = tab.number("read");
                    matched = tab.number("matched");
                }
            }
        } catch (PlaywrightException e) {
            tab.note(e.getMessage());
        }
        return new StoreSoak(keys, write, open, read, matched, tab.problems());
    }

    /** Whether both pages finished with their figures. */
    boolean complete() {
        return problems.isEmpty() && writeMillis != null && openMillis != null && readMillis != null;
    }

    /** Whether every key came back with its value. */
    boolean allRead() {
        return matched != null && matched == keys;
    }
}
