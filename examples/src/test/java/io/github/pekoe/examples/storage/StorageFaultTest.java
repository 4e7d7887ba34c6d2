package io.github.pekoe.examples.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import java.util.ArrayList;
import java.util.List;

/**
 * storage() when the page leaves at once, hides while writing, shares its origin with other tabs,
 * or meets a full disk. Most need IndexedDB, other tabs or the DevTools protocol, so Chromium.
 */
class StorageFaultTest {
    private static final String DATABASE = "IDBMap/@pyscript/tabs";
    private static final String CLOSED = "another page upgraded or deleted the database, so this page closed it;"
            + " open the store again with storage(name)";

    private static String url(String page) {
        return TestSite.url("/test/" + page);
    }

    private static BrowserPage open(Lane lane, String page) {
        BrowserPage browser = lane.load(url(page));
        browser.waitForAllDone();
        return browser;
    }

    private static List<String> out(BrowserPage page, String scenario) {
        return page.texts("#s-" + scenario + " > script-java > div");
    }

    private static List<String> log(BrowserPage page) {
        return page.texts("#log > div");
    }

    /** Clicks {@code css} and waits until the log has {@code lines} lines. */
    private static List<String> clickAndLog(BrowserPage page, String css, int lines) {
        page.click(css);
        page.waitFor("document.querySelectorAll('#log > div').length >= " + lines);
        return log(page);
    }

    /**
     * Writes {@code count} entries without sync() and leaves the page in the same handler; the next
     * page that opens the store finds every one, {@code rounds} times with a fresh store each.
     */
    private static void writeLeaveAndCount(int count, int rounds) {
        try (BrowserPage page = Lane.CHROMIUM.load(url("storage-writer.html"))) {
            for (int round = 0; round < rounds; round++) {
                String query = "?store=leave-" + count + "-" + round + "&count=" + count;
                page.navigate(url("storage-leave.html" + query));
                page.waitForAllDone();
                page.click("#leave");
                page.waitFor("location.pathname === '/test/storage-away.html' && document.readyState === 'complete'");
                page.navigate(url("storage-count.html" + query));
                page.waitForAllDone();
                assertEquals(List.of("found " + count + ", right " + count), out(page, "count"),
                        () -> "round " + page.banners() + " " + page.consoleErrors());
                assertEquals("", page.eval("Object.keys(localStorage).join(' ')"));
            }
            assertEquals(List.of(), page.banners());
        }
    }

    @ChromiumOnly
    void tenThousandWritesWithoutSyncSurviveLeavingAtOnce(Lane lane) {
        writeLeaveAndCount(10_000, 5);
    }

    @ChromiumOnly
    void aHundredWritesWithoutSyncSurviveLeavingAtOnce(Lane lane) {
        writeLeaveAndCount(100, 5);
    }

    /**
     * A change made while a batch is being written goes to IndexedDB when the page hides, and both
     * are in the journal until they are written; then the journal is gone.
     */
    @ChromiumOnly
    void hidingWhileABatchIsWrittenHandsOverLaterChangesAndKeepsThemAll(Lane lane) {
        try (BrowserPage page = open(lane, "storage-hide.html")) {
            List<String> lines = out(page, "hide");
            assertEquals(5, lines.size(), () -> lines + " " + page.banners());
            assertTrue(lines.get(0).matches("journal: pekoe-unsynced:[0-9a-z]+:IDBMap/@pyscript/hide"), lines.get(0));
            assertEquals(List.of("while a is written: [[\"a\",\"[[\\\"1\\\",1],\\\"generic\\\"]\"]]",
                    "given to IndexedDB: a b",
                    "while a and b are written: [[\"a\",\"[[\\\"1\\\",1],\\\"generic\\\"]\"],"
                            + "[\"b\",\"[[\\\"1\\\",2],\\\"generic\\\"]\"]]",
                    "once written: "), lines.subList(1, 5));
        }
    }

    /**
     * The journal keeps every value type and odd texts exactly: a page that finds it, with the
     * database gone, writes them back as they were; then it is removed.
     */
    @ChromiumOnly
    void whatTheJournalKeepsComesBackExactly(Lane lane) {
        try (BrowserPage page = open(lane, "storage-journal.html")) {
            assertEquals(List.of("synced; journals left: "), out(page, "journal"), () -> page.banners().toString());
            String journal = (String) page.eval("window.__journal");
            assertTrue(journal.startsWith("{\"pekoe-unsynced:"), journal);
            page.navigate(url("storage-writer.html"));
            page.eval("(function () { window.__deleted = false; var items = JSON.parse(" + "window.__copy = "
                    + quote(journal) + "); Object.keys(items).forEach(function (k) { localStorage.setItem(k, items[k]); });"
                    + " indexedDB.deleteDatabase('IDBMap/@pyscript/journal').onsuccess = function () {"
                    + " window.__deleted = true; }; })(), 0");
            page.waitFor("window.__deleted === true");
            page.navigate(url("storage-journal-read.html"));
            page.waitForAllDone();
            List<String> expected = new ArrayList<>(StorageTest.ALL_TYPES);
            for (int i = 0; i < 8; i++) {
                expected.add("exact " + i + ": true");
            }
            expected.add("journals left: ");
            assertEquals(expected, out(page, "journal"), () -> page.banners().toString());
        }
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            if (c == '\'' || c == '\\' || c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** clear() removes the keys the map held; a key another page wrote since it loaded stays. */
    @BothLanes
    void clearRemovesOnlyTheKeysTheMapHeld(Lane lane) {
        try (BrowserPage page = open(lane, "storage-tabs.html")) {
            assertEquals(List.of("opened: [a]"), out(page, "tabs"));
            page.eval("storageWrite('tabs', {b: '[[\"1\",2],\"generic\"]'}), 0");
            page.waitFor("window.__written === true");
            assertEquals(List.of("after clear: [], stored: [b]"), clickAndLog(page, "#clear", 1));
        }
    }

    /** The same with two tabs of one browser, each with Pekoe's store open. */
    @ChromiumOnly
    void clearInOneTabKeepsWhatAnotherTabWrote(Lane lane) {
        try (BrowserPage first = open(lane, "storage-tabs.html");
                BrowserPage second = first.openTab(url("storage-tabs.html"))) {
            second.waitForAllDone();
            assertEquals(List.of("opened: [a]"), out(second, "tabs"));
            second.eval("storageWrite('tabs', {b: '[[\"1\",2],\"generic\"]'}), 0");
            second.waitFor("window.__written === true");
            assertEquals(List.of("after clear: [], stored: [b]"), clickAndLog(first, "#clear", 1));
        }
    }

    /**
     * Another tab opens the database at a higher version: Pekoe closes it at once, so that tab
     * is never blocked; a later write fails saying why, and the store opens again.
     */
    @ChromiumOnly
    void anUpgradeInAnotherTabClosesTheStoreAndNeverBlocksThatTab(Lane lane) {
        try (BrowserPage first = open(lane, "storage-tabs.html");
                BrowserPage second = first.openTab(url("storage-writer.html"))) {
            second.eval("(function () { window.__blocked = false; var r = indexedDB.open('" + DATABASE + "', 2);"
                    + " r.onblocked = function () { window.__blocked = true; };"
                    + " r.onsuccess = function () { window.__version = r.result.version; r.result.close(); }; })(), 0");
            second.waitFor("window.__version === 2");
            assertEquals(false, second.eval("window.__blocked"));
            assertEquals(List.of("sync: storage: writing to the IndexedDB database '" + DATABASE + "' failed: "
                    + CLOSED, "reopened: [a]"), clickAndLog(first, "#write", 2));
            assertTrue(first.consoleWarnings().contains("storage: " + CLOSED + " ('" + DATABASE + "')"),
                    first.consoleWarnings().toString());
        }
    }

    /** Another tab deletes the database: the same, and the store opens again empty. */
    @ChromiumOnly
    void aDeletionInAnotherTabClosesTheStoreAndNeverBlocksThatTab(Lane lane) {
        try (BrowserPage first = open(lane, "storage-tabs.html");
                BrowserPage second = first.openTab(url("storage-writer.html"))) {
            second.eval("(function () { window.__blocked = false; var r = indexedDB.deleteDatabase('" + DATABASE + "');"
                    + " r.onblocked = function () { window.__blocked = true; };"
                    + " r.onsuccess = function () { window.__deleted = true; }; })(), 0");
            second.waitFor("window.__deleted === true");
            assertEquals(false, second.eval("window.__blocked"));
            assertEquals(List.of("sync: storage: writing to the IndexedDB database '" + DATABASE + "' failed: "
                    + CLOSED, "reopened: []"), clickAndLog(first, "#write", 2));
        }
    }

    /**
     * With a quota too small for the value, sync() throws naming the quota, also when the failed
     * batch is an earlier one than the change sync() waits for; the value is not stored. Chromium
     * applies a quota override to databases opened after it, so the quota is set before the page opens the store.
     */
    @ChromiumOnly
    void aWriteOverTheQuotaIsAnExceptionFromSync(Lane lane) {
        try (BrowserPage page = lane.load(url("storage-writer.html"))) {
            String origin = TestSite.url("/").replaceAll("/$", "");
            page.devTools("Storage.overrideQuotaForOrigin", "{\"origin\": \"" + origin + "\", \"quotaSize\": 262144}");
            page.navigate(url("storage-tabs.html"));
            page.waitForAllDone();
            List<String> lines = clickAndLog(page, "#big", 3);
            String failed = "storage: writing to the IndexedDB database '" + DATABASE + "' failed: QuotaExceededError";
            assertTrue(lines.get(0).startsWith("sync: " + failed), lines.toString());
            assertTrue(lines.get(1).startsWith("sync after two batches: " + failed), lines.toString());
            assertFalse(lines.get(2).contains("big"), lines.toString());
        }
    }

    /**
     * When localStorage is full the journal cannot be kept: the console says what is at risk, no
     * partial journal is left, and the changes are still written.
     */
    @ChromiumOnly
    void aFullLocalStorageLosesTheJournalAndSaysSo(Lane lane) {
        try (BrowserPage page = open(lane, "storage-tabs.html")) {
            page.eval("(function () { var size = 1 << 20, i = 0; while (size > 0) { try {"
                    + " localStorage.setItem('filler' + i++, 'x'.repeat(size)); } catch (e) { window.__full = e.name;"
                    + " size = size >> 1; } } })(), 0");
            page.waitFor("window.__full === 'QuotaExceededError'");
            assertEquals(List.of("journals: ", "synced: v"), clickAndLog(page, "#hide-full", 2));
            List<String> errors = page.consoleErrors();
            assertEquals(1, errors.size(), errors.toString());
            assertTrue(errors.get(0).startsWith("storage: localStorage refused to keep the unwritten changes (1) to"
                    + " the IndexedDB database '" + DATABASE + "' (is it full?), so they are lost if the page closes"
                    + " before IndexedDB writes them: "), errors.get(0));
            assertTrue(errors.get(0).contains("QuotaExceededError"), errors.get(0));
        }
    }
}
