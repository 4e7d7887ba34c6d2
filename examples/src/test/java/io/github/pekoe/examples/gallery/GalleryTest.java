package io.github.pekoe.examples.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every gallery page loads in Chromium under the gallery's Content-Security-Policy (scripts and style
 * sheets from the page's origin only, Trusted Types with Pekoe's one policy), reports no violation of
 * it, before or after the test operated the page, dispatches
 * {@code java:all-done} and shows its Java source; then the test operates every button, link,
 * select and event attribute of the page, checks what each one visibly answers, and proves it left
 * none out. No page raises a page error, and only the errors page shows a banner. The gallery pages
 * carry no lifecycle probe (only the Chromium lane injects one), so they run in Chromium alone.
 */
class GalleryTest {
    /** What a reader can operate on a page: links, buttons, selects and elements with an event attribute. */
    private static final String OPERABLE = "a[href], button, select, [py-click], [java-click]";

    private static final List<String> PAGES = List.of("hello", "display", "config", "files", "errors", "events",
            "fetch", "web", "storage", "workers", "websocket", "modules");

    private static final List<String> TITLES = List.of("Hello", "display()", "config()", "files", "Errors", "Events",
            "fetch()", "web", "Storage", "Workers", "WebSocket", "JavaScript modules");

    /** What the files page shows: the CSV its TOML config's files fetched, line by line, and a sum. */
    private static final List<String> FILES_OUTPUT = List.of("Assam: 4", "Darjeeling: 6", "Sencha: 5",
            "3 teas, 15 in all; the dearest is Darjeeling");

    private static BrowserPage open(Lane lane, String page) {
        BrowserPage browser = lane.load(TestSite.url("/" + page));
        browser.waitForAllDone();
        assertEquals(Boolean.TRUE, browser.eval("Array.from(document.querySelectorAll('pre.java-source'))"
                + ".every(function (p) { return p.textContent.indexOf('package io.github.pekoe') === 0; })"),
                page + " shows its Java source");
        assertEquals("", browser.eval("Array.from(document.querySelectorAll('pre.java-source')).filter(function (p) {"
                + " var pane = p.getBoundingClientRect(), column = p.parentElement.getBoundingClientRect();"
                + " return pane.right > column.right + 0.5 || pane.height > innerHeight"
                + " || p.scrollWidth > p.clientWidth && getComputedStyle(p).overflowX !== 'auto'; })"
                + ".map(function (p) { return p.dataset.src; }).join(', ')"
                + " + (document.documentElement.scrollWidth > innerWidth ? ' (the page scrolls sideways)' : '')"),
                page + ": every source pane keeps to its column and to the window, and scrolls its long lines");
        assertEquals(List.of(), browser.pageErrors(), page + " raised page errors");
        assertEquals(List.of(), browser.policyViolations(), page + " broke the gallery's Content-Security-Policy");
        return browser;
    }

    // ---- operating a page, and proving nothing was left out ----

    /** Clicks the first element matching {@code css} and remembers it as operated. */
    private static void click(BrowserPage page, String css) {
        operated(page, css);
        page.click(css);
    }

    /** Chooses the option {@code value} of the select matching {@code css}, as a reader does. */
    private static void choose(BrowserPage page, String css, String value) {
        operated(page, css);
        page.eval("(function (s) { s.value = " + quote(value) + "; s.dispatchEvent(new Event('change', {bubbles: true}));"
                + " return 0; })(document.querySelector(" + quote(css) + "))");
    }

    private static void operated(BrowserPage page, String css) {
        page.eval("(window.__operated = window.__operated || []).push(document.querySelector(" + quote(css) + ")), 0");
    }

    /** Sets the value of the text field matching {@code css}, as typing does. */
    private static void type(BrowserPage page, String css, String text) {
        page.eval("document.querySelector(" + quote(css) + ").value = " + quote(text) + ", 0");
    }

    /**
     * Asserts that every operable element of the page was operated, that the page shows the
     * {@code banners} expected and raised no page error, then leaves it by its header link and
     * checks that the gallery's index loads.
     */
    private static void leaveByTheHeaderLink(BrowserPage page, int banners) {
        operated(page, "header a");
        assertEquals("", page.eval("Array.from(document.querySelectorAll(" + quote(OPERABLE) + "))"
                + ".filter(function (e) { return (window.__operated || []).indexOf(e) < 0; })"
                + ".map(function (e) { return e.outerHTML; }).join('\\n')"), "elements no test operated");
        assertEquals(banners, page.banners().size(), page.banners().toString());
        assertEquals(List.of(), page.pageErrors());
        assertEquals(List.of(), page.policyViolations(), "the page broke the gallery's Content-Security-Policy");
        page.click("header a");
        page.waitFor("location.pathname === '/index.html' && document.readyState === 'complete'");
        assertEquals("Pekoe gallery", page.text("h1"));
    }

    /** The lines of a log or result element, without the empty one after a final line break. */
    private static List<String> lines(BrowserPage page, String css) {
        String text = page.text(css).strip();
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    /** Waits until the element matching {@code css} holds the line {@code line}. */
    private static void awaitLine(BrowserPage page, String css, String line) {
        page.waitFor("document.querySelector(" + quote(css) + ").textContent.split('\\n').indexOf(" + quote(line)
                + ") >= 0");
    }

    /** Waits until the text of the element matching {@code css} is {@code text}. */
    private static void awaitText(BrowserPage page, String css, String text) {
        page.waitFor("document.querySelector(" + quote(css) + ").textContent === " + quote(text));
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    // ---- the pages ----

    @ChromiumOnly
    void indexLinksEveryPageAndEachLinkOpensIt(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/index.html"))) {
            assertEquals(PAGES, page.texts("ul.pages a"));
            assertEquals(PAGES.size(), page.count("a[href]"), "the list is every link of the index");
            assertEquals("Java in the web page, compiled ahead of time by TeaVM into one small JavaScript file. Each page"
                    + " below runs its Java from one bundle of its own, such as <script src=\"app/hello.js\" defer>, and"
                    + " shows its Java source beside the result.", page.text("p.lead").replaceAll("\\s+", " "));
            for (int i = 0; i < PAGES.size(); i++) {
                page.click("ul.pages li:nth-child(" + (i + 1) + ") a");
                page.waitFor("location.pathname === '/" + PAGES.get(i) + ".html' && document.readyState === 'complete'");
                assertEquals(TITLES.get(i), page.text("h1"));
                page.navigate(TestSite.url("/index.html"));
            }
            assertEquals(List.of(), page.pageErrors());
        }
    }

    @ChromiumOnly
    void hello(Lane lane) {
        try (BrowserPage page = open(lane, "hello.html")) {
            assertEquals(List.of("Hello from Java, compiled to JavaScript!", "This text went into java-0."),
                    page.texts("#java-0 > div"));
            assertEquals("pekoe is free", page.eval("(function () { try { trustedTypes.createPolicy('pekoe', {});"
                    + " return 'pekoe is free'; } catch (e) { return 'pekoe is taken: ' + e.message; } })()"),
                    "a page that sets no markup creates no Trusted Types policy");
            leaveByTheHeaderLink(page, 0);
        }
    }

    @ChromiumOnly
    void display(Lane lane) {
        try (BrowserPage page = open(lane, "display.html")) {
            String output = page.text(".output script-java");
            assertTrue(output.contains("Text is escaped: <b>not bold</b> & safe."), output);
            assertEquals("HTML(...)", page.text(".output script-java b"));
            assertEquals(2, page.count(".output script-java svg"));
            assertEquals("48", page.attr(".output script-java img", "width"));
            assertEquals("a MimeBundle", page.text(".output script-java .badge"));
            assertEquals("A DOM node, inserted as it is.", page.text(".output script-java em"));
            assertEquals("Written into #status by id.", page.text("#status"));
            assertEquals("append(false) replaced the old text.", page.text("#replaced"));
            assertEquals(List.of(), page.consoleErrors(), "nothing is refused under the gallery's CSP");
            leaveByTheHeaderLink(page, 0);
        }
    }

    @ChromiumOnly
    void config(Lane lane) {
        try (BrowserPage page = open(lane, "config.html")) {
            assertEquals(List.of("title: Pekoe gallery", "colors: [teal, sand]", "answer: 42",
                    "keys, in the page's order: [title, colors, answer]",
                    "config() is read-only: put(...) threw UnsupportedOperationException"),
                    page.texts(".output script-java > div"));
            assertEquals(Boolean.FALSE, page.eval("document.querySelector('java-config').checkVisibility()"));

            assertEquals("files page", page.text(".lead a"));
            click(page, ".lead a");
            page.waitFor("location.pathname === '/files.html' && document.readyState === 'complete'");
            page.waitForAllDone();
            assertEquals("files", page.text("h1"));
            assertEquals(FILES_OUTPUT, page.texts(".output script-java > div"), "the link opens the files page");
            page.navigate(TestSite.url("/config.html"));
            page.waitForAllDone();
            operated(page, ".lead a"); // clicked above, in the load of the page before this one
            leaveByTheHeaderLink(page, 0);
        }
    }

    @ChromiumOnly
    void filesReadsTheCsvItsTomlConfigFetched(Lane lane) {
        try (BrowserPage page = open(lane, "files.html")) {
            assertEquals(FILES_OUTPUT, page.texts(".output script-java > div"));
            assertEquals("toml", page.attr("java-config", "type"));
            assertTrue(page.text("java-config").contains("[files]"), page.text("java-config"));
            assertEquals(Boolean.FALSE, page.eval("document.querySelector('java-config').checkVisibility()"));
            leaveByTheHeaderLink(page, 0);
        }
    }

    @ChromiumOnly
    void errorsShowBannersAndTheOtherScriptsRun(Lane lane) {
        try (BrowserPage page = open(lane, "errors.html")) {
            List<String> banners = page.banners();
            assertEquals(2, banners.size(), banners.toString());
            assertTrue(banners.get(0).startsWith("script 'errors/throws': java.lang.IllegalStateException: could not read the answer"),
                    banners.get(0));
            assertTrue(banners.get(0).contains("Caused by: java.lang.IllegalArgumentException: 'forty-two' is not 42"),
                    banners.get(0));
            assertTrue(banners.get(1).contains("no Java script named 'errors/no-such-script'"), banners.get(1));
            assertTrue(banners.get(1).contains("errors/throws, errors/works"), banners.get(1));
            assertEquals(List.of("This line appears; the next one throws."),
                    page.texts(".output script-java:nth-of-type(1) > div"));
            assertTrue(page.text(".output").contains("The next script ran anyway"));
            assertFalse(page.consoleErrors().isEmpty(), "errors also go to the console");
            leaveByTheHeaderLink(page, 2);
        }
    }

    @ChromiumOnly
    void eventsEveryButtonAnswers(Lane lane) {
        try (BrowserPage page = open(lane, "events.html")) {
            assertEquals(List.of(), lines(page, "#events-log"), "the log starts empty");
            click(page, "#count");
            assertEquals("py-click: clicked 1 time", page.text("#count"));
            click(page, "#count");
            assertEquals("py-click: clicked 2 times", page.text("#count"));

            String log = "#events-log";
            click(page, "#greet");
            awaitLine(page, log, "the Signal greeted you");
            click(page, "#by-selector");
            awaitLine(page, log, "when() with a selector");
            click(page, "#by-element");
            awaitLine(page, log, "when() with an element");
            click(page, "#left");
            awaitLine(page, log, "when() with a collection: left");
            click(page, "#right");
            awaitLine(page, log, "when() with a collection: right");
            click(page, "#by-on");
            awaitLine(page, log, "Element.on(...): the button's own handler");

            click(page, "#send");
            awaitLine(page, log, "sent Ada, and the page did not reload");
            assertEquals("Pekoe: events", page.eval("document.title"), "the submit was prevented");
            click(page, "#nap");
            awaitLine(page, log, "awake again");

            click(page, "#grow");
            awaitText(page, "#added-here .added", "added after start: click me");
            click(page, "#added-here .added");
            awaitText(page, "#added-here .added", "added after start: it works");

            page.eval("document.getElementById('hover').dispatchEvent(new MouseEvent('mouseover', {bubbles: true})) && 0");
            awaitLine(page, log, "@When: the mouse is over the box");

            assertEquals(List.of("the Signal greeted you", "when() with a selector", "when() with an element",
                    "when() with a collection: left", "when() with a collection: right",
                    "Element.on(...): the button's own handler", "sending Ada...",
                    "sent Ada, and the page did not reload", "napping for half a second...", "awake again",
                    "@When: the mouse is over the box"), lines(page, log));
            leaveByTheHeaderLink(page, 0);
        }
    }

    @ChromiumOnly
    void fetchEveryButtonShowsItsAnswer(Lane lane) {
        try (BrowserPage page = open(lane, "fetch.html")) {
            String result = "#fetch-result";
            assertEquals(List.of("Fetched as the page loaded: Orange Pekoe from Sri Lanka."), lines(page, result));

            click(page, "#get-json");
            awaitLine(page, result, "name: Orange Pekoe from Sri Lanka");
            assertEquals(List.of("name: Orange Pekoe from Sri Lanka", "grades: [OP, FOP, BOP]",
                    "steep: {minutes=4, celsius=92.5}", "caffeine: true"), lines(page, result));

            click(page, "#get-image");
            page.waitFor("document.querySelector('#fetch-result img') !== null"
                    + " && document.querySelector('#fetch-result img').complete");
            assertEquals("image/png, 357 bytes", page.text(result).strip());
            assertTrue(page.attr("#fetch-result img", "src").startsWith("data:image/png;base64,iVBORw0KGgo"));
            assertEquals(Boolean.TRUE, page.eval("document.querySelector('#fetch-result img').naturalWidth === 96"));

            click(page, "#get-unreachable");
            page.waitFor("document.getElementById('fetch-result').getAttribute('role') === 'alert'");
            String error = page.text(result);
            assertTrue(error.startsWith("Could not fetch: GET http://127.0.0.1:9/ failed: network error ("), error);
            assertFalse(error.contains("\n") || error.contains("Error") || error.contains("$"), "no stack, no JS: " + error);

            click(page, "#get-text");
            awaitLine(page, result, "Steam over the cup");
            assertEquals(List.of("Steam over the cup", "Java compiled ahead of time", "The page pours itself"),
                    lines(page, result));
            assertEquals(null, page.attr(result, "role"), "a later answer is no alert");

            type(page, "#name", "Grace");
            choose(page, "#tea", "Sencha");
            click(page, "#post-form");
            awaitLine(page, result, "Hello, Grace! One cup of Sencha coming up.");
            assertEquals(List.of("Hello, Grace! One cup of Sencha coming up.",
                    "The server received {name=Grace, tea=Sencha} as application/json"), lines(page, result));
            leaveByTheHeaderLink(page, 0);
        }
    }

    @ChromiumOnly
    void webToDoListAddsTogglesCopiesRemovesFiltersAndAnswersABlankTask(Lane lane) {
        try (BrowserPage page = open(lane, "web.html")) {
            assertEquals(List.of("Warm the pot", "Steep the pekoe"), page.texts("#tasks li .text"));
            assertEquals("1,2", taskNumbers(page));
            assertEquals(List.of("Steep the pekoe"), page.texts("#tasks li.newest .text"));
            assertEquals("2 open, 0 done", page.text("#status"));

            type(page, "#new-task", "   ");
            click(page, "#add");
            assertEquals("Nothing to add.", page.text("#status"));
            assertEquals(2, page.count("#tasks li"), "a blank task is not added");

            type(page, "#new-task", "Buy milk");
            click(page, "#add");
            assertEquals(List.of("Warm the pot", "Steep the pekoe", "Buy milk"), page.texts("#tasks li .text"));
            assertEquals("1,2,3", taskNumbers(page));
            assertEquals(List.of("Buy milk"), page.texts("#tasks li.newest .text"), "only the newest task is marked");
            assertEquals("", page.eval("document.getElementById('new-task').value"), "the input is cleared");
            assertEquals("3 open, 0 done", page.text("#status"));

            click(page, "#tasks li:nth-child(1) .done-button");
            assertEquals("Undo", page.text("#tasks li:nth-child(1) .done-button"));
            assertEquals("2 open, 1 done", page.text("#status"));
            click(page, "#tasks li:nth-child(1) .done-button");
            assertEquals("Done", page.text("#tasks li:nth-child(1) .done-button"));
            assertEquals("3 open, 0 done", page.text("#status"));

            click(page, "#tasks li:nth-child(2) .done-button");
            click(page, "#tasks li:nth-child(3) .done-button");
            assertEquals(List.of("Steep the pekoe", "Buy milk"), page.texts("#tasks li.done .text"));
            assertEquals("1 open, 2 done", page.text("#status"));

            choose(page, "#filter", "Done");
            assertEquals(List.of("Steep the pekoe", "Buy milk"), visibleTasks(page));
            choose(page, "#filter", "Open");
            assertEquals(List.of("Warm the pot"), visibleTasks(page));
            choose(page, "#filter", "All");
            assertEquals(List.of("Warm the pot", "Steep the pekoe", "Buy milk"), visibleTasks(page));

            click(page, "#tasks li:nth-child(1) .copy-button");
            assertEquals(List.of("Warm the pot", "Steep the pekoe", "Buy milk", "Warm the pot"),
                    page.texts("#tasks li .text"));
            assertEquals("1,2,3,4", taskNumbers(page), "the copy has a number of its own");
            assertEquals(0, page.count("#tasks li[id]"), "no task has an id, so copies make no duplicate");
            assertEquals(List.of("Warm the pot"), page.texts("#tasks li.newest .text"));
            assertEquals("4", page.eval("document.querySelector('#tasks li.newest').dataset.task"));
            assertEquals("2 open, 2 done", page.text("#status"));
            click(page, "#tasks li:nth-child(4) .done-button");
            assertEquals("Undo", page.text("#tasks li:nth-child(4) .done-button"), "the copy's buttons answer");
            assertEquals("Done", page.text("#tasks li:nth-child(1) .done-button"), "the original stays open");
            assertEquals("1 open, 3 done", page.text("#status"));

            click(page, "#tasks li:nth-child(2) .remove-button");
            assertEquals(List.of("Warm the pot", "Buy milk", "Warm the pot"), page.texts("#tasks li .text"));
            assertEquals("1,3,4", taskNumbers(page));
            assertEquals("1 open, 2 done", page.text("#status"));

            click(page, "#tasks li:nth-child(3) .remove-button");
            assertEquals(List.of("Buy milk"), page.texts("#tasks li.newest .text"), "the newest left is marked");
            assertEquals("1,3", taskNumbers(page));
            assertEquals("1 open, 1 done", page.text("#status"));
            click(page, "#tasks li:nth-child(2) .remove-button");
            click(page, "#tasks li:nth-child(1) .remove-button");
            assertEquals(0, page.count("#tasks li"));
            assertEquals("0 open, 0 done", page.text("#status"));
            assertEquals(List.of(), page.consoleErrors());
            leaveByTheHeaderLink(page, 0);
        }
    }

    /** The number each task keeps in its data-task attribute, in list order, joined with commas. */
    private static String taskNumbers(BrowserPage page) {
        return (String) page.eval("Array.from(document.querySelectorAll('#tasks li'))"
                + ".map(function (li) { return li.dataset.task; }).join()");
    }

    private static List<String> visibleTasks(BrowserPage page) {
        List<String> visible = new ArrayList<>();
        for (int i = 0; i < page.count("#tasks li"); i++) {
            if (Boolean.TRUE.equals(page.eval("document.querySelectorAll('#tasks li')[" + i + "].checkVisibility()"))) {
                visible.add((String) page.eval("document.querySelectorAll('#tasks li .text')[" + i + "].textContent"));
            }
        }
        return visible;
    }

    @ChromiumOnly
    void storageEveryButtonAnswersAndNotesSurviveAReload(Lane lane) {
        try (BrowserPage page = open(lane, "storage.html")) {
            assertEquals("0 notes loaded.", page.text("#status"));
            click(page, "#add");
            assertEquals("Nothing to add.", page.text("#status"));
            click(page, "#clear");
            assertEquals("Nothing to clear.", page.text("#status"));

            for (String note : List.of("steep for three minutes", "milk after, not before")) {
                type(page, "#note", note);
                click(page, "#add");
                awaitText(page, "#status", "Added: saved in a moment, or now with Sync.");
            }
            assertEquals(List.of("steep for three minutes", "milk after, not before"), page.texts("#notes li"));
            assertEquals("", page.eval("document.getElementById('note').value"), "the input is cleared");
            click(page, "#sync");
            awaitText(page, "#status", "Synced: 2 notes are on disk.");

            page.reload();
            page.waitForAllDone();
            assertEquals(List.of("steep for three minutes", "milk after, not before"), page.texts("#notes li"));
            assertEquals("2 notes loaded.", page.text("#status"));
            click(page, "#clear");
            assertEquals("Cleared.", page.text("#status"));
            assertEquals(0, page.count("#notes li"));
            click(page, "#sync");
            awaitText(page, "#status", "Synced: 0 notes are on disk.");
            type(page, "#note", "  ");
            click(page, "#add");
            assertEquals("Nothing to add.", page.text("#status"));
            assertEquals(List.of(), page.consoleErrors());
            leaveByTheHeaderLink(page, 0);

            page.navigate(TestSite.url("/storage.html"));
            page.waitForAllDone();
            assertEquals(List.of(), page.texts("#notes li"), "the cleared store stays empty");
            assertEquals("0 notes loaded.", page.text("#status"));
            assertEquals(List.of(), page.banners());
        }
    }

    /**
     * The workers page, served with script-src 'self' and no COOP/COEP headers: the worker counts
     * primes while the page's counter goes on (a count, not a time), every button answers, and a
     * third worker builds a table on the page with the web API.
     */
    @ChromiumOnly
    void workersCountPrimesWhileThePageKeepsTickingAndEveryButtonAnswers(Lane lane) {
        try (BrowserPage page = open(lane, "workers.html")) {
            assertEquals("the primes worker is ready (RUNNING_IN_WORKER = true)", page.text("#java-w0-target > div"));
            page.waitFor("document.querySelectorAll('#prime-table tbody td').length === 48");
            assertEquals(List.of("#", "prime", "gap", "square"), page.texts("#prime-table th"));
            assertEquals(List.of("1", "2", "", "4"), page.texts("#prime-table tbody tr:first-child td"));
            assertEquals(List.of("12", "37", "+6", "1369"), page.texts("#prime-table tbody tr:last-child td"));
            assertEquals("prime-table", page.eval("document.querySelector('#prime-table > table').className"));
            click(page, "#count");
            page.waitFor("document.getElementById('primes-result').textContent.indexOf('primes below') >= 0");
            String result = page.text("#primes-result");
            assertTrue(result.startsWith("216816 primes below 3,000,000; meanwhile the page's counter ticked "), result);
            int ticked = Integer.parseInt(result.replaceAll(".* ticked (\\d+) times", "$1"));
            assertTrue(ticked >= 2, "the page kept ticking while the worker counted: " + result);
            assertEquals("100% counted", page.text("#progress"));
            click(page, "#check");
            page.waitFor("document.getElementById('prime-result').textContent.indexOf('97') >= 0");
            assertEquals("97 is prime", page.text("#prime-result"));
            page.eval("(document.getElementById('number').value = 'ninety') && ''");
            click(page, "#check");
            page.waitFor("document.getElementById('prime-result').textContent.indexOf('ninety') >= 0");
            assertEquals("'ninety' is not a whole number", page.text("#prime-result"));
            click(page, "#shout");
            page.waitFor("document.getElementById('shouted').textContent.indexOf('!') >= 0");
            assertEquals("HELLO FROM THE PAGE!", page.text("#shouted"));
            assertEquals(List.of(), page.consoleErrors());
            leaveByTheHeaderLink(page, 0);
        }
    }

    @ChromiumOnly
    void websocketChatsInTextAndBytesClosesAndThenSaysSo(Lane lane) {
        try (BrowserPage page = open(lane, "websocket.html")) {
            String log = "#chat-log";
            page.waitFor("document.getElementById('chat-log').textContent.indexOf('connected to ws://127.0.0.1:') === 0");
            click(page, "#send-text");
            awaitLine(page, log, "echo: Hello, tea \u2615");
            click(page, "#send-bytes");
            String bytes = "[72, 101, 108, 108, 111, 44, 32, 116, 101, 97, 32, -30, -104, -107]";
            awaitLine(page, log, "echo (binary): " + bytes);
            click(page, "#close-socket");
            awaitLine(page, log, "closed: code 1000, the page said goodbye");

            String closed = "the socket is closed: reload the page to chat again";
            for (String button : List.of("#send-text", "#send-bytes", "#close-socket")) {
                int before = lines(page, log).size();
                click(page, button);
                page.waitFor("document.getElementById('chat-log').textContent.trim().split('\\n').length === "
                        + (before + 1));
                assertEquals(closed, lines(page, log).get(before), button + " answers once the socket is closed");
            }
            List<String> lines = lines(page, log);
            assertEquals(List.of("you: Hello, tea \u2615", "echo: Hello, tea \u2615", "you (binary): " + bytes,
                    "echo (binary): " + bytes, "closing...", "closed: code 1000, the page said goodbye", closed, closed,
                    closed), lines.subList(1, lines.size()));
            assertEquals(List.of(), page.consoleErrors());
            leaveByTheHeaderLink(page, 0);
        }
    }

    /**
     * The modules page, served under the gallery's policy ({@code script-src 'self'}, Trusted Types):
     * the config's js_modules module formats the steeping times before the script runs, the chart
     * module is imported on the first click (and only then), calls the Java label lambda once per bar,
     * and the lazy bundle brewstats is loaded by the first click of its button, once: the page's bundle
     * neither carries its code nor grows, and the second click loads nothing. Chromium only, as every
     * gallery page; HtmlUnit could not run this one anyway: it has no {@code import()} and its parser
     * rejects a bundle that contains it.
     */
    @ChromiumOnly
    void modulesImportsTheConfigsModuleAndOneOnDemandCallsJavaBackAndLoadsTheLazyBundleOnce(Lane lane)
            throws IOException {
        try (BrowserPage page = open(lane, "modules.html")) {
            assertEquals(List.of("Sencha: steep 1:00, a light cup", "Oolong: steep 2:30, a medium cup",
                    "Darjeeling: steep 3:00, a medium cup", "Assam: steep 4:00, a strong cup"),
                    page.texts(".output script-java > div"));
            String before = page.text("#bytes-before");
            long bundle = bytes(before, "app/modules.js");
            assertTrue(bundle > 0 && bytes(before, "js/teatime.mjs") > 0, before);
            assertFalse(before.contains("bars.mjs") || before.contains("brewstats.js"), before);
            assertEquals("no chart yet: js/bars.mjs is not loaded", page.text("#chart-note"));

            click(page, "#draw");
            awaitText(page, "#chart-note", "bars.mjs called the Java lambda 4 times, once per bar");
            assertEquals(List.of("Sencha 1:00", "Oolong 2:30", "Darjeeling 3:00", "Assam 4:00"),
                    page.texts("#chart .bar-label"));
            assertEquals("25%,62.5%,75%,100%", page.eval("Array.from(document.querySelectorAll('#chart .bar'))"
                    + ".map(function (b) { return b.style.width; }).join()"));
            page.eval("document.getElementById('chart-note').textContent = 'drawing again', 0");
            click(page, "#draw");
            awaitText(page, "#chart-note", "bars.mjs called the Java lambda 4 times, once per bar");
            assertEquals(4, page.count("#chart .bar-row"), "the chart was redrawn, not added to");
            assertEquals("1", loads(page, "/js/bars.mjs"), "the module was imported once");

            click(page, "#load-stats");
            page.waitFor("document.getElementById('bytes-after').textContent.indexOf('brewstats.js') >= 0");
            assertEquals("brewstats: 4 teas, mean 157.5 s, median 165.0 s, standard deviation 65.0 s",
                    page.text("#stats-report"));
            String after = page.text("#bytes-after");
            assertTrue(after.startsWith("JavaScript loaded now:"), after);
            assertEquals(bundle, bytes(after, "app/modules.js"), "the page's bundle was not loaded again: " + after);
            assertTrue(bytes(after, "app/brewstats.js") > 0, after);
            assertEquals(1, page.count("script[src$='/brewstats.js']"));

            click(page, "#load-stats");
            page.waitFor("document.getElementById('bytes-after').textContent.indexOf('Loaded again') === 0");
            assertEquals("brewstats: 4 teas, mean 157.5 s, median 165.0 s, standard deviation 65.0 s",
                    page.text("#stats-report"));
            assertEquals(1, page.count("script[src$='/brewstats.js']"), "javaImport loads a bundle once");
            assertEquals("1", loads(page, "/app/brewstats.js"));

            Path app = Path.of(System.getProperty("pekoe.gallery.dir"), "app");
            String marker = "standard deviation";
            assertTrue(Files.readString(app.resolve("brewstats.js")).contains(marker));
            assertFalse(Files.readString(app.resolve("modules.js")).contains(marker),
                    "the page's bundle carries none of the lazy bundle's code");
            assertEquals(List.of(), page.consoleErrors());
            leaveByTheHeaderLink(page, 0);
        }
    }

    /** The bytes a line {@code FILE: N bytes} of the modules page's list gives for {@code file}; -1 when it has none. */
    private static long bytes(String list, String file) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(file) + ": (\\d+) bytes$").matcher(list);
        return line.find() ? Long.parseLong(line.group(1)) : -1;
    }

    /** How many times, as text, the page's resource timing saw a load of the URL path {@code path}. */
    private static Object loads(BrowserPage page, String path) {
        return page.eval("String(performance.getEntriesByType('resource').filter(function (e) {"
                + " return new URL(e.name).pathname === " + quote(path) + "; }).length)");
    }
}
