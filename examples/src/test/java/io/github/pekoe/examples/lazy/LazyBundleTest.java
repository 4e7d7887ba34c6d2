package io.github.pekoe.examples.lazy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.fixtures.lazycharts.ChartExports;
import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lazy Java bundles on lazy.html (see {@code fixtures.lazy.LazyMain}): the page's bundle
 * {@code pekoe-lazy.js} loads {@code charts.js} once, even when two threads ask at once, calls its
 * exports and runs its script with Java values, and names the bundle, its URL and what it offers when
 * something is missing; the page's bundle carries none of the lazy package's code.
 */
class LazyBundleTest {
    /** The page's lines once it said {@code done: true}, after checking it showed no banner and no unplanned error. */
    private static List<String> lines(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/lazy.html"))) {
            page.waitForAllDone();
            page.waitFor("Array.from(document.querySelectorAll('script-java > div'))"
                    + ".some(function (d) { return d.textContent === 'done: true'; })");
            assertEquals(List.of(), page.banners());
            for (String error : page.pageErrors()) {
                // HtmlUnit reports the 404 of the missing bundle the page asks for on purpose.
                assertTrue(error.startsWith("cannot load script " + TestSite.url("/test/app/absent.js")), error);
            }
            return page.texts("script-java > div");
        }
    }

    private static String line(List<String> lines, String label) {
        for (String line : lines) {
            if (line.startsWith(label + ": ")) {
                return line.substring(label.length() + 2);
            }
        }
        throw new AssertionError("no line '" + label + ": ...' in " + lines);
    }

    @BothLanes
    void theBundleLoadsOnFirstUseOnceAndEveryImportGetsTheSameHandle(Lane lane) {
        List<String> lines = lines(lane);
        assertEquals("", line(lines, "registered before"));
        assertEquals("true", line(lines, "same handle"));
        assertEquals("1", line(lines, "script elements"));
        assertEquals("charts", line(lines, "registered after"));
        assertEquals("next to pekoe-lazy.js", line(lines, "url"));
        assertEquals("true", line(lines, "same after failures"));
    }

    @BothLanes
    void exportsAndScriptsAreReachableWithJavaValues(Lane lane) {
        List<String> lines = lines(lane);
        assertEquals("[plot, chartSum, chartEcho, chartSlow, chartFail]", line(lines, "exports"));
        assertEquals("[charts/draw]", line(lines, "scripts"));
        assertEquals(ChartExports.MARKER + " [1, 2, 3]", line(lines, "plot"));
        assertEquals("42(Long)", line(lines, "sum"));
        assertEquals("{a=[1, x, null]}", line(lines, "echo"));
        assertEquals("[1, -1]", line(lines, "bytes"));
        assertEquals("slept in charts", line(lines, "slow"));
        assertEquals("drawn by charts", line(lines, "ran"));
    }

    @BothLanes
    void missingNamesAndFailuresNameTheBundleItsUrlAndWhatItOffers(Lane lane) {
        List<String> lines = lines(lane);
        String url = TestSite.url("/test/app/charts.js");
        assertEquals("JavaBundleException: Java bundle 'charts' (" + url + ") has no export 'nope'; its exports: plot,"
                + " chartSum, chartEcho, chartSlow, chartFail", line(lines, "missing export"));
        assertEquals("JavaBundleException: Java bundle 'charts' (" + url + "): export 'chartFail' failed:"
                + " java.lang.IllegalStateException: no chart today", line(lines, "failing export"));
        assertTrue(line(lines, "arguments").startsWith("JavaBundleException: Java bundle 'charts' (" + url
                + "): export 'chartSum' failed: "), line(lines, "arguments"));
        assertEquals("JavaBundleException: Java bundle 'charts' (" + url + ") has no script 'charts/none'; its scripts:"
                + " charts/draw", line(lines, "missing script"));
        assertEquals("JavaBundleException: cannot load Java bundle 'absent' from " + TestSite.url("/test/app/absent.js")
                + ": the script did not load (is it built there, and allowed by the page's script-src?)",
                line(lines, "missing bundle"));
        assertEquals("JavaBundleException: the script " + TestSite.url("/test/probe.js") + " loaded, but it is no lazy"
                + " Java bundle named 'probe' (lazy bundles on the page: charts); build it from the PekoePage of a"
                + " package marked @LazyBundle(\"probe\")", line(lines, "not a bundle"));
        assertEquals("IllegalArgumentException: javaImport(\"a/b\"): a bundle name has letters, digits, '-', '_' and"
                + " '.', not '/'", line(lines, "bad name"));
    }

    @Test
    void thePagesBundleCarriesNoneOfTheLazyPackagesCode() throws IOException {
        String page = Files.readString(TestSite.testFile("app/pekoe-lazy.js"), StandardCharsets.UTF_8);
        String charts = Files.readString(TestSite.testFile("app/charts.js"), StandardCharsets.UTF_8);
        assertTrue(charts.contains(ChartExports.MARKER), "the lazy bundle holds its own code");
        assertFalse(page.contains(ChartExports.MARKER), "the page's bundle holds none of the lazy bundle's code");
        assertFalse(page.contains("no chart today"), "the page's bundle holds none of the lazy bundle's code");
        assertFalse(page.contains("drawn by charts"), "the page's bundle holds none of the lazy bundle's scripts");
    }
}
