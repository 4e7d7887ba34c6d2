package io.github.pekoe.examples.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import java.util.ArrayList;
import java.util.List;

/**
 * storage() in both lanes: Chromium keeps stores in IndexedDB, HtmlUnit (which has none) in
 * localStorage, with the same values and the same assertions. Each page opens in a fresh browser
 * context or client, so stores start empty; reloads happen in the same page.
 */
class StorageTest {
    private static final String HOLDS = ": storage holds null, Boolean, Integer, Long, Double, String, List, Map"
            + " (String keys) and, at the top level, byte[]";
    /** How storage-persist.html shows every value type after a reload, in the store's key order. */
    static final List<String> ALL_TYPES = List.of("boolean = Boolean:false", "bytes = byte[][104, 105, 0, -1]",
            "dict = Map{a=Long:1, b=List[Map{deep=Boolean:false}]}", "empty-list = List[]", "empty-map = Map{}",
            "float = Double:3.14", "integer = Long:42",
            "list = List[Long:1, String:two, Double:3.5, null, Boolean:true]", "long = Long:9007199254740991",
            "none = null", "string = String:hello \u2615 \"quoted\"", "whole-double = Long:2", "zero = Long:0",
            "zero-float = Long:0");
    private static final String FALLBACK = "storage: this browser has no IndexedDB; stores are kept in localStorage,"
            + " in PyScript's value format";

    private static BrowserPage open(Lane lane, String page) {
        BrowserPage browser = lane.load(url(page));
        browser.waitForAllDone();
        return browser;
    }

    private static String url(String page) {
        return TestSite.url("/test/" + page);
    }

    private static List<String> out(BrowserPage page, String scenario) {
        return page.texts("#s-" + scenario + " > script-java > div");
    }

    private static void reload(BrowserPage page) {
        page.reload();
        page.waitForAllDone();
    }

    private static List<String> fallbackWarnings(BrowserPage page) {
        List<String> warnings = new ArrayList<>(page.consoleWarnings());
        warnings.removeIf(w -> !w.startsWith("storage:"));
        return warnings;
    }

    @BothLanes
    void behavesAsAMap(Lane lane) {
        try (BrowserPage page = open(lane, "storage.html")) {
            assertEquals(List.of("get: 1", "contains: true", "size: 1", "entry: a=1", "remove: 1",
                    "after remove: false 0", "remove missing: null", "name: as-map"), out(page, "as-map"),
                    () -> page.banners() + " " + page.consoleErrors());
            assertEquals(List.of(), page.banners());
            assertEquals(List.of(), page.pageErrors());
            assertEquals(List.of(), page.consoleErrors());
        }
    }

    @BothLanes
    void clearGetWithDefaultPutAllRemoveAndEveryViewWriteThrough(Lane lane) {
        try (BrowserPage page = open(lane, "storage.html")) {
            assertEquals(List.of("after clear: 0", "get missing: null", "getOrDefault: default value",
                    "putAll: [exists, c, d]", "remove with default: default", "overwrite: updated",
                    "odd keys: empty key 12345",
                    " = String:empty key", "d = String:set through the entry", "key = String:updated",
                    "key with spaces = Long:1", "key-with-dashes = Long:2", "key.with.dots = Long:3",
                    "key/with/slashes = Long:4", "new = Boolean:true", "\u00fc\u2615\ud83c\udf75 = Long:5"),
                    out(page, "methods"));
        }
    }

    @BothLanes
    void falseZeroAndEmptyCollectionsAreNotNull(Lane lane) {
        try (BrowserPage page = open(lane, "storage.html")) {
            assertEquals(List.of("false: Boolean:false is null: false", "zero: Long:0 Long:0",
                    "none: null present: true", "empty: List[] Map{}"), out(page, "not-null"));
        }
    }

    @BothLanes
    void unstorableValuesAndEmptyNamesAreRefusedAndChangeNothing(Lane lane) {
        try (BrowserPage page = open(lane, "storage.html")) {
            String refused = "IllegalArgumentException: cannot store a ";
            assertEquals(List.of("date: " + refused + "java.util.Date under the key 'when'" + HOLDS,
                    "nested: " + refused + "java.lang.Object inside the value of the key 'nested'" + HOLDS,
                    "putAll: " + refused + "java.lang.Float under the key 'bad'" + HOLDS,
                    "null key: IllegalArgumentException: storage keys are strings, not null",
                    "empty name: IllegalArgumentException: Storage name must be a non-empty string",
                    "null name: IllegalArgumentException: Storage name must be a non-empty string",
                    "unchanged: [kept] [kept]"), out(page, "refused"));
        }
    }

    @BothLanes
    void storesAreIndependentAndOneNameIsOneStore(Lane lane) {
        try (BrowserPage page = open(lane, "storage.html")) {
            assertEquals(List.of("in memory: value1 value2", "reopened: value1 value2",
                    "a second map of the name sees synced writes: synced"), out(page, "independent"));
        }
    }

    @BothLanes
    void nestedValuesAndASubclass(Lane lane) {
        try (BrowserPage page = open(lane, "storage.html")) {
            assertEquals(List.of("level3: List[Long:1, Long:2, Long:3]", "list_of_dicts[0].a: Long:1"),
                    out(page, "nested"));
            assertEquals(List.of("get: 123", "calls: [set test 123, del test, set more 1]",
                    "type: TrackingStorage custom_test"), out(page, "subclass"));
        }
    }

    @BothLanes
    void theLaneSaysOnceWhenLocalStorageStandsIn(Lane lane) {
        try (BrowserPage page = open(lane, "storage.html")) {
            assertEquals(lane == Lane.HTMLUNIT ? List.of(FALLBACK) : List.of(), fallbackWarnings(page));
            assertEquals(lane == Lane.CHROMIUM, page.eval("typeof indexedDB !== 'undefined'"));
        }
    }

    @BothLanes
    void everyValueTypeSurvivesAReload(Lane lane) {
        try (BrowserPage page = open(lane, "storage-persist.html")) {
            assertEquals(List.of("written and synced"), out(page, "persist"));
            reload(page);
            assertEquals(ALL_TYPES, out(page, "persist"));
            assertEquals(List.of(), page.banners());
        }
    }

    @BothLanes
    void tenThousandWritesThenSyncAllSurviveAReload(Lane lane) {
        try (BrowserPage page = open(lane, "storage-bulk.html")) {
            assertEquals(List.of("wrote 10000"), out(page, "bulk"), () -> page.banners() + " " + page.consoleErrors());
            reload(page);
            assertEquals(List.of("found 10000, right 10000"), out(page, "bulk"));
        }
    }

    /** A page without Pekoe writes PyScript's format; Pekoe reads it, and writes what plain JavaScript reads. */
    @BothLanes
    void plainJavaScriptAndPekoeReadEachOthersStores(Lane lane) {
        try (BrowserPage page = lane.load(url("storage-writer.html"))) {
            page.eval("storageWrite('shared', {"
                    + "text: '[[\"1\",\"2\"],\"generic\",\"from JavaScript\"]',"
                    + "n: '[[\"1\",1.5],\"generic\"]',"
                    + "none: '[[\"1\",0],\"null\"]',"
                    + "raw: '[[\"1\",\"2\"],\"bytearray\",[1,2,255]]',"
                    + "obj: '[[\"1\",\"2\"],\"generic\",{\"a\":\"3\",\"b\":true},[1,\"4\"],\"x\"]',"
                    + "plain: 'not flatted'}), 0");
            page.waitFor("window.__written === true");
            page.navigate(url("storage-shared.html"));
            page.waitForAllDone();
            assertEquals(List.of("n = Double:1.5", "none = null", "obj = Map{a=List[Long:1, String:x], b=Boolean:true}",
                    "plain = String:not flatted", "raw = byte[][1, 2, -1]", "text = String:from JavaScript",
                    "written without sync()"), out(page, "shared"));
            // Written without sync(): the page flushes on its own, shortly after the script ends.
            page.eval("storageAwait('from-java', 5), 0");
            page.waitFor("window.__read !== null");
            assertEquals("[[\"1\",\"2\"],\"generic\",\"hi\"]", page.eval("JSON.parse(window.__read).text"));
            assertEquals("[[\"1\",7],\"generic\"]", page.eval("JSON.parse(window.__read).number"));
            assertEquals("[[\"1\",0],\"null\"]", page.eval("JSON.parse(window.__read).none"));
            assertEquals("[[\"1\",\"2\"],\"bytearray\",[1,255]]", page.eval("JSON.parse(window.__read).bytes"));
            assertEquals("[[\"1\",\"2\"],\"generic\",{\"k\":\"3\"},[\"4\",\"4\"],\"a\"]",
                    page.eval("JSON.parse(window.__read).map"));
            assertEquals(List.of(), page.banners());
        }
    }

    @ChromiumOnly
    void theDatabaseIsLaidOutAsIdbMapLaysItOut(Lane lane) {
        try (BrowserPage page = open(lane, "storage.html")) {
            page.eval("indexedDB.databases().then(function (all) { window.__dbs = all.map(function (d) {"
                    + " return d.name + ' v' + d.version; }).sort().join(', '); }), 0");
            page.waitFor("typeof window.__dbs === 'string'");
            String databases = (String) page.eval("window.__dbs");
            assertTrue(databases.contains("IDBMap/@pyscript/as-map v1"), databases);
            assertTrue(databases.contains("IDBMap/@pyscript/custom_test v1"), databases);
        }
    }

    @ChromiumOnly
    void withNeitherIndexedDbNorLocalStorageTheErrorIsClear(Lane lane) {
        try (BrowserPage page = open(lane, "storage-none.html")) {
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), String.valueOf(banners));
            assertTrue(banners.get(0).contains("IllegalStateException: storage('as-map'): this browser has neither"
                    + " IndexedDB nor localStorage, so nothing can be stored"), banners.get(0));
        }
    }
}
