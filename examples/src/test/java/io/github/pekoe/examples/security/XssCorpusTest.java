package io.github.pekoe.examples.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.examples.harness.XssCorpus;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.ExpectPageErrors;
import io.github.pekoe.testing.Lane;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The XSS corpus through every text sink, in one page load (xss-text.html, served with no
 * Content-Security-Policy, so nothing but Pekoe stands between a payload and its execution): no
 * payload runs (the sentinel is never called) and a census of the elements and attributes under each
 * sink finds only what the page made. The markup sinks, {@code HTML(...)} and {@code html(String)},
 * are the control (xss-markup.html, in Chromium): through them the census finds the payloads' elements,
 * and the sentinel sees chosen payloads run through both, so the test can see an injection.
 */
class XssCorpusTest {
    private static final List<String> PAYLOADS = XssCorpus.payloads();
    private static final int N = PAYLOADS.size();
    private static final long LOAD_MILLIS = 60_000;

    /** Per sink element (by id): each element name, and each {@code NAME@attribute}, with its count. */
    private static final String CENSUS = "JSON.stringify(Array.from(document.querySelectorAll('[data-sink]'))"
            + ".reduce(function (all, sink) { all[sink.id] = " + countElements("sink.querySelectorAll('*')")
            + "; return all; }, {}))";
    private static final String CALLS = "JSON.stringify(window.__pekoeXssCalls)";

    @BothLanes
    void noPayloadRunsOrInjectsThroughAnyTextSink(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.NO_POLICY + "xss-text.html")) {
            page.waitForAllDone(LOAD_MILLIS);
            page.eval("(function (b) { for (var i = 0; i < " + N + "; i++) { b.click(); } return 0; })"
                    + "(document.getElementById('xss-throw'))");
            settle(lane, page);
            assertEquals(List.of(), strings(page.eval(CALLS)), "payloads that ran (their numbers)");

            Map<String, Map<String, Integer>> census = census(page);
            assertDisplayed(census.get("sink-display"), "display(String)");
            assertDisplayed(census.get("sink-to-string"), "display of toString()");
            assertDisplayed(census.get("sink-json"), "a JSON representation");
            assertDisplayed(census.get("sink-bundle-text"), "a mime bundle's text/plain");
            assertDisplayed(census.get("sink-bundle-json"), "a mime bundle's application/json");
            assertEquals(counts("BUTTON", "DIV", "LI", "OPTION", "P", "SELECT", "SPAN", "TEXTAREA"),
                    census.get("sink-tags"), "tag factories' text");
            assertEquals(counts("DIV"), census.get("sink-text"), "text(...)");
            assertEquals(counts("DIV", "DIV@data-payload", "DIV@title"), census.get("sink-attr"), "attr(...)");
            assertEquals(counts("DIV", "DIV@title", "SPAN"), census.get("sink-prop"), "prop(...)");
            assertEquals(counts("INPUT", "TEXTAREA"), census.get("sink-value"), "value(...)");
            assertEquals(counts("OPTION", "OPTION@value", "SELECT"), census.get("sink-option"), "option text and value");

            assertEquals(PAYLOADS, texts(page, "Array.from(document.querySelectorAll('#sink-text > div'))"
                    + ".map(function (e) { return e.textContent; })"), "text(...) keeps each payload as it is");
            assertEquals(PAYLOADS, texts(page, "Array.from(document.querySelectorAll('#sink-tags > div'))"
                    + ".map(function (e) { return e.textContent; })"), "div(text) keeps each payload as it is");
            assertEquals(PAYLOADS, texts(page, "Array.from(document.querySelectorAll('#sink-attr > div'))"
                    + ".map(function (e) { return e.getAttribute('title'); })"), "attr(...) keeps each payload");
            assertEquals(PAYLOADS, texts(page, "Array.from(document.querySelectorAll('#sink-prop > span'))"
                    + ".map(function (e) { return e.textContent; })"), "prop(\"textContent\", ...) keeps each payload");

            List<String> banners = page.banners();
            assertEquals(N + 1, banners.size(), "one banner for the script, one per handler call");
            assertEquals(Map.of("DIV", N + 1, "DIV@class", N + 1, "DIV@role", N + 1, "DIV@style", N + 1,
                    "STRONG", N + 1, "PRE", N + 1, "PRE@style", N + 1), bannerCensus(page), "the banners' elements");
            String scriptBanner = flat(banners.get(0));
            for (int i = 0; i < N; i++) {
                String payload = flat(PAYLOADS.get(i));
                assertTrue(scriptBanner.contains(payload), "the script's banner shows payload " + (i + 1));
                assertTrue(flat(banners.get(i + 1)).contains(payload), "the handler's banner shows payload " + (i + 1));
            }
            assertEquals(List.of(), strings(page.eval(CALLS)), "payloads that ran (their numbers)");
        }
    }

    /**
     * A config value in a banner: the config (xss-config.html) gives a {@code files} entry the list of
     * every payload where its destination goes; the banner that refuses it shows the list as text.
     */
    @BothLanes
    void noPayloadRunsOrInjectsThroughAConfigValueInABanner(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.NO_POLICY + "xss-config.html")) {
            page.waitForAllDone(LOAD_MILLIS);
            settle(lane, page);
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), "the config's banner only");
            String banner = flat(banners.get(0));
            assertTrue(banner.startsWith("files: the value of 'data.txt' must be a string (a destination path), not ["),
                    banners.get(0));
            for (int i = 0; i < N; i++) {
                assertTrue(banner.contains(flat(PAYLOADS.get(i))), "the banner shows payload " + (i + 1));
            }
            assertEquals(Map.of("DIV", 1, "DIV@class", 1, "DIV@role", 1, "DIV@style", 1, "STRONG", 1, "PRE", 1,
                    "PRE@style", 1), bannerCensus(page), "the banner's elements");
            assertEquals(0, page.count("script-java"), "no script ran");
            assertEquals(List.of(), strings(page.eval(CALLS)), "payloads that ran (their numbers)");
        }
    }

    /**
     * Chromium only: in HtmlUnit the page's body holds no element once the markup is in. The injected
     * payloads raise page errors, on purpose.
     */
    @ChromiumOnly
    @ExpectPageErrors
    void theMarkupSinksInjectThePayloadsWhichProvesTheTestSeesAnInjection(Lane lane) {
        List<String> control = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            String call = "top.__pekoeXss(" + (i + 1) + ")";
            String payload = PAYLOADS.get(i);
            if (payload.equals("<img src=x onerror=" + call + ">") || payload.equals("<IMG SRC=x ONERROR=" + call + ">")
                    || payload.equals("<img src=x onerror=\"" + call + "\">")) {
                control.add(Integer.toString(i + 1));
            }
        }
        assertTrue(control.size() >= 3, "the corpus holds the control's payloads " + control);
        try (BrowserPage page = lane.load(TestSite.NO_POLICY + "xss-markup.html")) {
            page.waitForAllDone(LOAD_MILLIS);
            // The whole body: injected markup may close its sink and land beside it.
            Map<String, Integer> found = new TreeMap<>(new Gson().<Map<String, Integer>>fromJson(
                    (String) page.eval("JSON.stringify(" + countElements("document.body.querySelectorAll('*')") + ")"),
                    new TypeToken<Map<String, Integer>>() { }.getType()));
            for (String injected : List.of("IMG@onerror", "SVG@onload", "IFRAME@srcdoc", "A@href", "SCRIPT")) {
                assertTrue(found.getOrDefault(injected, 0) > 0, "the page holds " + injected + ": " + found);
            }
            page.waitFor("(function (calls) { return " + new Gson().toJson(control) + ".every(function (id) {"
                    + " return calls.filter(function (c) { return c === id; }).length >= 2; }); })"
                    + "(window.__pekoeXssCalls)");
        }
    }

    /** Waits until an image error the test caused has been reported: any payload image's error came first. */
    private static void settle(Lane lane, BrowserPage page) {
        if (lane != Lane.CHROMIUM) {
            return;
        }
        page.eval("(function () { var probe = new Image(); window.__settled = false;"
                + " probe.addEventListener('error', function () { window.__settled = true; });"
                + " probe.src = '/test/no-such-image.png'; return 0; })()");
        page.waitFor("window.__settled === true && document.readyState === 'complete'");
    }

    /**
     * What {@code display} wrote, appending, into one sink: only a {@code <div>} per value, one for each
     * payload that is not blank at least (a value that renders to blank text adds nothing).
     */
    private static void assertDisplayed(Map<String, Integer> seen, String sink) {
        long shown = PAYLOADS.stream().filter(payload -> !payload.trim().isEmpty()).count();
        assertEquals(List.of("DIV"), List.copyOf(seen.keySet()), sink + ": elements and attributes " + seen);
        assertTrue(seen.get("DIV") >= shown && seen.get("DIV") <= N, sink + ": " + seen.get("DIV") + " values shown");
    }

    private static Map<String, Integer> counts(String... keys) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String key : keys) {
            counts.put(key, N);
        }
        return counts;
    }

    private static Map<String, Map<String, Integer>> census(BrowserPage page) {
        Map<String, Map<String, Integer>> raw = new Gson().fromJson((String) page.eval(CENSUS),
                new TypeToken<Map<String, Map<String, Integer>>>() { }.getType());
        Map<String, Map<String, Integer>> sorted = new TreeMap<>();
        raw.forEach((sink, seen) -> sorted.put(sink, new TreeMap<>(seen)));
        return sorted;
    }

    private static Map<String, Integer> bannerCensus(BrowserPage page) {
        return new TreeMap<>(new Gson().<Map<String, Integer>>fromJson((String) page.eval("JSON.stringify("
                + countElements("document.querySelectorAll('.java-error, .java-error *')") + ")"),
                new TypeToken<Map<String, Integer>>() { }.getType()));
    }

    /** A JavaScript expression: each element name, and each {@code NAME@attribute}, of {@code nodeList} with its count. */
    private static String countElements(String nodeList) {
        return "Array.from(" + nodeList + ").reduce(function (seen, e) {"
                + " var name = e.nodeName.toUpperCase(); seen[name] = (seen[name] || 0) + 1;"
                + " Array.from(e.attributes).forEach(function (a) { var key = name + '@' + a.name;"
                + " seen[key] = (seen[key] || 0) + 1; }); return seen; }, {})";
    }

    private static List<String> texts(BrowserPage page, String arrayExpression) {
        return strings(page.eval("JSON.stringify(" + arrayExpression + ")"));
    }

    private static List<String> strings(Object json) {
        return new Gson().fromJson((String) json, new TypeToken<List<String>>() { }.getType());
    }

    /** The text without line breaks: a banner shows the first line of its text apart from the rest. */
    private static String flat(String text) {
        return text.replace("\n", "");
    }
}
