package io.github.pekoe.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * The config's js_modules and jsImport(...), run by ModuleFixtures. Chromium only: HtmlUnit has no ES
 * modules and no dynamic {@code import()}.
 */
class ModulesTest {
    private static final String NOTHING_RUNS = " (no Java script runs until the config is fixed)";
    private static final String NOT_FETCHED = "TypeError: Failed to fetch dynamically imported module: ";

    private static BrowserPage open(Lane lane, String name) {
        BrowserPage page = lane.load(TestSite.url("/test/" + name + ".html"));
        page.waitForAllDone();
        return page;
    }

    @ChromiumOnly
    void configModulesAreLoadedBeforeScriptsAndWorkerModulesOnlyInWorkers(Lane lane) {
        try (BrowserPage page = open(lane, "modules")) {
            assertEquals(List.of(
                    "greet: Hello, Ada from the page",
                    "same object: true",
                    "a missing export: JsException: js_modules.greeting.nope is missing: js_modules.greeting has no"
                            + " property 'nope'",
                    "a worker module: IllegalStateException: jsModules(\"greeting_worker\"): the module"
                            + " './modules/greeting-worker.mjs' is listed in js_modules.worker, so it is imported only"
                            + " in workers; list it in js_modules.main to use it on the main thread",
                    "an unknown name: IllegalArgumentException: jsModules(\"nope\"): the config's js_modules name no"
                            + " module 'nope'; named: greeting"), WebPageTest.lines(page, "main"));
            page.waitFor("document.querySelectorAll('#java-w0-target > div').length >= 2");
            assertEquals(List.of("greet: Hello, Bo from a worker", "worker module: DedicatedWorkerGlobalScope"),
                    page.texts("#java-w0-target > div"));
            assertEquals(List.of(), page.banners());
        }
    }

    @ChromiumOnly
    void aTomlConfigsModulesLoadInABundleWhosePackageCallsJsModules(Lane lane) {
        try (BrowserPage page = open(lane, "modules-toml")) {
            assertEquals(List.of("greet: Hello, Ed from the page"), page.texts("script-java > div"));
            assertEquals(List.of(), page.banners());
        }
    }

    @ChromiumOnly
    void aModuleThatCannotBeLoadedStopsThePageAsABadConfigDoes(Lane lane) {
        assertNothingRuns(lane, "modules-missing", "could not load the JavaScript module '/test/modules/missing.mjs'"
                + " named in the config's js_modules (missing): " + NOT_FETCHED);
        assertNothingRuns(lane, "modules-throws", "could not load the JavaScript module '/test/modules/throws.mjs'"
                + " named in the config's js_modules (refuses): RangeError: this module refuses to load");
        assertNothingRuns(lane, "modules-bad-shape", "js_modules in the config has 'page'; it takes main and worker,"
                + " each a table of module URL: name");
    }

    @ChromiumOnly
    void jsImportLoadsEachModuleOnceAndNamesTheUrlOfAFailure(Lane lane) {
        try (BrowserPage page = open(lane, "modules-import")) {
            List<String> lines = WebPageTest.lines(page, "import");
            assertEquals(8, lines.size(), lines.toString());
            assertEquals(List.of(
                    "evaluations: 1",
                    "same object: true",
                    "several: 42 Hello, Cy from the page",
                    "a missing export: JsException: jsImport(\"/test/modules/other.mjs\").nope is missing:"
                            + " jsImport(\"/test/modules/other.mjs\") has no property 'nope'"), lines.subList(0, 4));
            assertTrue(lines.get(4).startsWith("a missing module: JsException: could not import the JavaScript module"
                    + " '/test/modules/missing.mjs': " + NOT_FETCHED), lines.get(4));
            assertTrue(lines.get(4).endsWith("/test/modules/missing.mjs"), lines.get(4));
            assertEquals(List.of(
                    "a module that throws: JsException: could not import the JavaScript module"
                            + " '/test/modules/throws.mjs': RangeError: this module refuses to load",
                    "what it threw: RangeError this module refuses to load",
                    "not a URL: IllegalArgumentException: jsImport(\"http://[\"): 'http://[' is not a valid URL"),
                    lines.subList(5, 8));
            page.waitFor("window.importedByCallback !== undefined");
            assertEquals("42 1", page.eval("window.importedByCallback"));
            page.waitFor("document.querySelectorAll('.java-error').length >= 1");
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), banners.toString());
            assertTrue(banners.get(0).contains("JsException: could not import the JavaScript module"
                    + " '/test/modules/missing-too.mjs': " + NOT_FETCHED), banners.get(0));
            page.waitFor("document.querySelectorAll('#java-w0-target > div').length >= 2");
            List<String> worker = page.texts("#java-w0-target > div");
            assertEquals("greet: Hello, Di from a worker", worker.get(0));
            assertTrue(worker.get(1).startsWith("a missing module: JsException: could not import the JavaScript"
                    + " module '/test/modules/missing.mjs': " + NOT_FETCHED), worker.get(1));
        }
    }

    private static void assertNothingRuns(Lane lane, String name, String messageStart) {
        try (BrowserPage page = open(lane, name)) {
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), banners.toString());
            assertTrue(banners.get(0).startsWith(messageStart), banners.get(0));
            assertTrue(banners.get(0).endsWith(NOTHING_RUNS), banners.get(0));
            assertEquals("[\"all-done\"]", page.eval("window.__probe.events"), "no script ran");
            assertEquals(0, page.count("script-java"));
        }
    }
}
