package io.github.pekoe.examples.webworker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import java.util.ArrayList;
import java.util.List;

/**
 * The web API from a worker (see {@code WebWorkerFixtures}): one body of calls runs on the page and in
 * a worker, and both report the same lines (ids aside: each works in a stage of its own); the errors a
 * worker gets are the page's; a part of the DOM the web API does not reach from a worker fails, naming
 * what it reaches; a worker that touched 100,000 elements leaves none of them held by the
 * page once it forgets them. The pages are served without COOP/COEP headers, under {@code script-src
 * 'self'}.
 *
 * <p>Chromium only: HtmlUnit delivers a worker's messages only to a worker constructed by a classic
 * script at top level, and a Pekoe bundle constructs its workers from Java while the page runs.
 */
class WebWorkerTest {
    /** What the calls report on the page, with the page's stage id. */
    private static final List<String> EXPECTED = List.of(
            "get: div stage null",
            "body: body true",
            "find: 2 Pekoe li",
            "children: 2 Oolong",
            "same node: true true false",
            "parent: true true",
            "classes: [menu, big] true 2",
            "toggle: true menu shown",
            "text: <b>Assam</b> | &lt;b&gt;Assam&lt;/b&gt;",
            "html: <i>Darjeeling</i> tea | Darjeeling tea | 1",
            "attr: black true null",
            "removed attr: false null",
            "append: Darjeeling teaOolong and Sencha | 3 Sencha",
            "clone: stage-main-copy 3 2 false",
            "remove: 1 null 31",
            "removed node: Oolong null 2",
            "invalid selector: IllegalArgumentException: 'li[' is not a valid CSS selector: Failed to execute"
                    + " 'querySelectorAll' on 'Document': 'li[' is not a valid selector.",
            "append into itself: IllegalArgumentException: cannot append <ul id=\"stage-main-teas\"> to itself",
            "append a parent: IllegalArgumentException: cannot append <div id=\"stage-main\"> to <li>, which is"
                    + " inside it",
            "bad attribute name: IllegalArgumentException: attr: the name \"a b\" is not a valid name: a letter, _ or :"
                    + " first, then letters, digits, -, ., _ or :",
            "no match: 0 null",
            "method: true true",
            "method again: false false");

    @ChromiumOnly
    void theWebApiInAWorkerReportsWhatItReportsOnThePage(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/web-worker.html"))) {
            page.waitForAllDone();
            assertEquals(EXPECTED, page.texts("#main-out > div"));
            List<String> worker = new ArrayList<>();
            for (String line : page.texts("#web-worker-target > div")) {
                worker.add(line.replace("stage-worker", "stage-main"));
            }
            assertEquals(EXPECTED, worker.subList(0, Math.min(worker.size(), EXPECTED.size())), worker.toString());
            assertEquals(List.of(), page.banners());
            assertEquals(List.of(), page.pageErrors());
        }
    }

    @ChromiumOnly
    void documentAndWindowInAWorkerNameTheWebApiAndJsValue(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/web-worker.html"))) {
            page.waitForAllDone();
            List<String> worker = page.texts("#web-worker-target > div");
            String rest = " is the page's, and this code runs in a worker: reach the page's elements with the web API"
                    + " (page.find(...), page.get(id), page.body(), the tag factories of io.github.pekoe.web.Web),"
                    + " which works from a worker, and JavaScript with a JsValue (io.github.pekoe.ffi.JsValue)";
            assertEquals(List.of("document(): IllegalStateException: document()" + rest,
                    "window(): IllegalStateException: window()" + rest),
                    worker.subList(EXPECTED.size(), Math.min(worker.size(), EXPECTED.size() + 2)), worker.toString());
        }
    }

    @ChromiumOnly
    void aPartOfTheDomNotReachedFromAWorkerFailsNamingWhatTheWebApiReaches(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/web-worker.html"))) {
            page.waitForAllDone();
            List<String> worker = page.texts("#web-worker-target > div");
            assertEquals(EXPECTED.size() + 3, worker.size(), worker.toString());
            String line = worker.get(EXPECTED.size() + 2);
            String reached = "'offsetWidth' of a page element is not reachable from a worker: there, the web API reaches"
                    + " page.body(), page.head(), page.html(), making an element, id(...), text(...), html(...),"
                    + " attr(...), append(...), remove(), children(), parent(), find(...), get(...), clone(), classes(),"
                    + " page.title(...), dataset(), the typed properties (title(), tabIndex(), value(), ...), prop(...),"
                    + " their methods without arguments (showMe(), ...), style(), options(),"
                    + " events: on(...), when(...), event(...);"
                    + " reach other parts with a sync"
                    + " function on the page";
            assertTrue(line.startsWith("a part not reached: ") && line.endsWith(reached), line);
        }
    }

    @ChromiumOnly
    void aWorkerThatForgetsTheElementsItTouchedLeavesNoneHeldByThePage(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/web-worker-release.html"))) {
            page.waitForAllDone(120_000);
            assertEquals(List.of("touched: 100000", "held after touching: true", "released: yes"),
                    page.texts("#release-worker-target > div"));
            assertTrue(page.banners().isEmpty(), page.banners().toString());
        }
    }
}
