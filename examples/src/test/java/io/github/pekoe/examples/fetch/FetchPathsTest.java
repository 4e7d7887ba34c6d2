package io.github.pekoe.examples.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestApi;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import io.github.pekoe.testing.PageJson;
import java.util.ArrayList;
import java.util.List;

/**
 * Both of Pekoe's paths in one real browser: each fetch test page runs in Chromium as it is (the
 * browser's fetch) and with {@code ?xhr} (fetch removed, so XMLHttpRequest), and must show the
 * same. Also what HtmlUnit cannot show: binary request bodies, and an abort while a request waits.
 */
class FetchPathsTest {
    private static final String ALL_OUTPUTS = "JSON.stringify(Array.from(document.querySelectorAll('script[type=java]'))"
            + ".map(function (s) { var o = s.nextElementSibling;"
            + " return s.getAttribute('src') + ': ' + (o && o.localName === 'script-java'"
            + " ? Array.from(o.children).map(function (d) { return d.textContent; }).join(' | ') : ''); }))";

    @ChromiumOnly
    void theXmlHttpRequestPathShowsWhatFetchShows(Lane lane) {
        for (String name : List.of("fetch.html", "fetch-timing.html", "fetch-large.html", "fetch-in-flight.html")) {
            List<String> viaFetch = outputs(lane, name);
            List<String> viaXhr = outputs(lane, name + "?xhr");
            assertFalse(viaFetch.isEmpty(), name);
            assertEquals(samePart(viaFetch), samePart(viaXhr), name + " shows the same over XMLHttpRequest");
            if (name.equals("fetch.html")) {
                assertTrue(viaFetch.contains("fetch/transport: browser fetch: true"), viaFetch.toString());
                assertTrue(viaXhr.contains("fetch/transport: browser fetch: false"), viaXhr.toString());
            }
        }
    }

    @ChromiumOnly
    void binaryBodiesArriveIntactOnBothPaths(Lane lane) {
        for (String name : List.of("fetch.html", "fetch.html?xhr")) {
            try (BrowserPage page = FetchTest.open(lane, name)) {
                assertEquals(List.of("the server got 256 bytes, sum 32640"), FetchTest.out(page, "binary-body"), name);
            }
        }
    }

    @ChromiumOnly
    void anAbortFromAnotherThreadEndsAWaitingFetch(Lane lane) {
        for (String name : List.of("fetch-in-flight.html", "fetch-in-flight.html?xhr")) {
            try (BrowserPage page = FetchTest.open(lane, name)) {
                assertEquals(List.of("ABORTED: GET " + FetchTest.api("slow") + " failed: aborted"),
                        FetchTest.out(page, "abort-in-flight"), name);
            }
        }
    }

    @ChromiumOnly
    void listenersBehaveAlikeOnTheXmlHttpRequestPath(Lane lane) {
        try (BrowserPage page = FetchTest.open(lane, "fetch-listener.html?xhr")) {
            page.click("#abort-go");
            page.click("#then-go");
            page.waitFor("document.getElementById('abort-box').textContent !== ''"
                    + " && document.getElementById('then-box').textContent !== ''");
            assertEquals("ABORTED by a click", page.text("#abort-box"));
            assertEquals("from a listener: " + TestApi.TEXT, page.text("#then-box"));
        }
    }

    private static List<String> outputs(Lane lane, String name) {
        try (BrowserPage page = FetchTest.open(lane, name)) {
            List<String> outputs = new ArrayList<>();
            for (Object output : (List<?>) PageJson.parse((String) page.eval(ALL_OUTPUTS))) {
                outputs.add((String) output);
            }
            return outputs;
        }
    }

    /** The outputs without those that differ by design: which path ran, and redirect("manual"), which needs fetch. */
    private static List<String> samePart(List<String> outputs) {
        List<String> same = new ArrayList<>();
        for (String output : outputs) {
            if (!output.startsWith("fetch/transport:") && !output.startsWith("fetch/redirect-manual:")) {
                same.add(output);
            }
        }
        return same;
    }
}
