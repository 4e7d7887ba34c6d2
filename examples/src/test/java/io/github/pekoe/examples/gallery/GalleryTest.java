package io.github.pekoe.examples.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.BrowserPage;
import io.github.pekoe.examples.harness.ChromiumOnly;
import io.github.pekoe.examples.harness.Lane;
import io.github.pekoe.examples.harness.TestSite;
import java.util.List;

/**
 * Every gallery page loads in Chromium under the gallery's Content-Security-Policy, dispatches
 * {@code java:all-done}, raises no page error, shows its Java source, and shows no error banner
 * except on the errors page.
 */
class GalleryTest {
    private static BrowserPage open(Lane lane, String page) {
        BrowserPage browser = lane.open(TestSite.url("/" + page));
        browser.awaitAllDone();
        assertEquals(Boolean.TRUE, browser.eval("Array.from(document.querySelectorAll('pre.java-source'))"
                + ".every(function (p) { return p.textContent.indexOf('package io.github.pekoe') === 0; })"),
                page + " shows its Java source");
        assertEquals(List.of(), browser.pageErrors(), page + " raised page errors");
        return browser;
    }

    @ChromiumOnly
    void indexLinksEveryPage(Lane lane) {
        try (BrowserPage page = lane.open(TestSite.url("/index.html"))) {
            assertEquals(List.of("hello", "display", "config", "errors", "events", "fetch", "web", "storage",
                    "workers", "websocket"),
                    page.texts("ul.pages a"));
            assertEquals(List.of(), page.pageErrors());
        }
    }

    @ChromiumOnly
    void storageNotesSurviveAReload(Lane lane) {
        try (BrowserPage page = open(lane, "storage.html")) {
            assertEquals("Loaded 0 notes.", page.text("#status"));
            for (String note : List.of("steep for three minutes", "milk after, not before")) {
                page.eval("document.getElementById('note').value = " + "'" + note + "', 0");
                page.click("#add");
            }
            page.click("#sync");
            page.await("document.getElementById('status').textContent === 'Synced: 2 notes are on disk.'");
            page.reload();
            page.awaitAllDone();
            assertEquals(List.of("steep for three minutes", "milk after, not before"), page.texts("#notes li"));
            assertEquals("Loaded 2 notes.", page.text("#status"));
            page.click("#clear");
            page.click("#sync");
            page.await("document.getElementById('status').textContent === 'Synced: 0 notes are on disk.'");
            page.reload();
            page.awaitAllDone();
            assertEquals(List.of(), page.texts("#notes li"));
            assertEquals(List.of(), page.banners());
            assertEquals(List.of(), page.pageErrors());
            assertEquals(List.of(), page.consoleErrors());
        }
    }

    @ChromiumOnly
    void hello(Lane lane) {
        try (BrowserPage page = open(lane, "hello.html")) {
            assertEquals(List.of(), page.banners());
            assertEquals(List.of("Hello from Java, compiled to JavaScript!", "This text went into java-0."),
                    page.texts("#java-0 > div"));
        }
    }

    @ChromiumOnly
    void display(Lane lane) {
        try (BrowserPage page = open(lane, "display.html")) {
            assertEquals(List.of(), page.banners());
            String output = page.text(".output script-java");
            assertTrue(output.contains("Text is escaped: <b>not bold</b> & safe."), output);
            assertEquals("HTML(...)", page.text(".output script-java b"));
            assertEquals(2, page.count(".output script-java svg"));
            assertEquals("48", page.attr(".output script-java img", "width"));
            assertEquals("a MimeBundle", page.text(".output script-java .badge"));
            assertEquals("Written into #status by id.", page.text("#status"));
            assertEquals("append(false) replaced the old text.", page.text("#replaced"));
            assertEquals(List.of(), page.consoleErrors(), "nothing is refused under the gallery's CSP");
        }
    }

    @ChromiumOnly
    void config(Lane lane) {
        try (BrowserPage page = open(lane, "config.html")) {
            assertEquals(List.of(), page.banners());
            assertEquals(List.of("title: Pekoe gallery", "colors: [teal, sand]", "answer: 42",
                    "keys, in the page's order: [title, colors, answer]",
                    "config() is read-only: put(...) threw UnsupportedOperationException"),
                    page.texts(".output script-java > div"));
            assertEquals(Boolean.FALSE, page.eval("document.querySelector('java-config').checkVisibility()"));
        }
    }

    @ChromiumOnly
    void fetchButtonsShowJsonTextAnImageAPostedFormAndAReadableError(Lane lane) {
        try (BrowserPage page = open(lane, "fetch.html")) {
            assertEquals(List.of(), page.banners());
            assertEquals(List.of("Fetched as the page loaded: Orange Pekoe from Sri Lanka."),
                    page.texts(".output script-java > div"));
            page.click("#get-json");
            page.await(resultHas("Orange Pekoe"));
            assertEquals(List.of("name: Orange Pekoe from Sri Lanka", "grades: [OP, FOP, BOP]",
                    "steep: {minutes=4, celsius=92.5}", "caffeine: true"), page.texts("#fetch-result > div"));
            page.click("#get-text");
            page.await(resultHas("Steam over the cup"));
            assertEquals("Steam over the cup\nJava compiled ahead of time\nThe page pours itself",
                    page.text("#fetch-result pre"));
            page.click("#get-image");
            page.await("document.querySelector('#fetch-result img') !== null");
            assertEquals("image/png, 357 bytes", page.text("#fetch-result > div"));
            assertTrue(page.attr("#fetch-result img", "src").startsWith("data:image/png;base64,iVBORw0KGgo"));
            assertEquals(Boolean.TRUE, page.eval("document.querySelector('#fetch-result img').naturalWidth === 96"));
            page.eval("document.getElementById('name').value = 'Grace'");
            page.eval("document.getElementById('tea').value = 'Sencha'");
            page.click("#post-form");
            page.await(resultHas("Grace"));
            assertEquals(List.of("Hello, Grace! One cup of Sencha coming up.",
                    "The server received {name=Grace, tea=Sencha} as application/json"),
                    page.texts("#fetch-result > div"));
            page.click("#get-unreachable");
            page.await("document.querySelector('#fetch-result p') !== null");
            String error = page.text("#fetch-result p");
            assertTrue(error.startsWith("Could not fetch: GET http://127.0.0.1:9/ failed: network error ("), error);
            assertFalse(error.contains("\n") || error.contains("Error") || error.contains("$"), "no stack, no JS: " + error);
            assertEquals(List.of(), page.banners());
            assertEquals(List.of(), page.pageErrors());
        }
    }

    private static String resultHas(String text) {
        return "document.getElementById('fetch-result').textContent.indexOf('" + text + "') >= 0";
    }

    @ChromiumOnly
    void errorsShowBannersAndTheOtherScriptsRun(Lane lane) {
        try (BrowserPage page = open(lane, "errors.html")) {
            List<String> banners = page.banners();
            assertEquals(2, banners.size(), banners.toString());
            assertTrue(banners.get(0).startsWith("java.lang.IllegalStateException: could not read the answer"),
                    banners.get(0));
            assertTrue(banners.get(0).contains("Caused by: java.lang.IllegalArgumentException: 'forty-two' is not 42"), banners.get(0));
            assertTrue(banners.get(1).contains("no Java script named 'errors/no-such-script'"), banners.get(1));
            assertTrue(banners.get(1).contains("errors/throws, errors/works"), banners.get(1));
            assertEquals(List.of("This line appears; the next one throws."),
                    page.texts(".output script-java:nth-of-type(1) > div"));
            assertTrue(page.text(".output").contains("The next script ran anyway"));
            assertFalse(page.consoleErrors().isEmpty(), "errors also go to the console");
        }
    }

    @ChromiumOnly
    void eventsEveryClickableElementChangesThePage(Lane lane) {
        try (BrowserPage page = open(lane, "events.html")) {
            page.click("#count");
            page.click("#count");
            assertEquals("py-click: clicked 2 times", page.text("#count"));
            page.click("#greet");
            page.click("#by-selector");
            page.click("#by-element");
            page.click("#left");
            page.click("#right");
            page.click("#by-on");
            page.click("#send");
            page.await("document.getElementById('events-log').textContent.indexOf('sent Ada') >= 0");
            page.click("#nap");
            page.await("document.getElementById('events-log').textContent.indexOf('awake again') >= 0");
            page.click("#grow");
            page.click("#added-here .added");
            assertEquals("added after start: it works", page.text("#added-here .added"));
            page.eval("document.getElementById('hover').dispatchEvent(new MouseEvent('mouseover', {bubbles: true})) && ''");
            assertEquals(List.of("the Signal greeted you", "when() with a selector", "when() with an element",
                    "when() with a collection: left", "when() with a collection: right",
                    "Element.on(...): the button's own handler", "sending Ada...",
                    "sent Ada, and the page did not reload", "napping for half a second...", "awake again",
                    "@When: the mouse is over the box"), page.texts("#events-log > div"));
            assertEquals("Pekoe: events", page.eval("document.title"));
            assertEquals(List.of(), page.banners());
            assertEquals(List.of(), page.pageErrors());
            assertEquals(0, page.count("[py-click]:not([id]):not(.added)"), "every py-click element was clicked");
        }
    }
    void webToDoListAddsTogglesRemovesAndFilters(Lane lane) {
        try (BrowserPage page = open(lane, "web.html")) {
            assertEquals(List.of(), page.banners());
            assertEquals(List.of("Warm the pot", "Steep the pekoe"), page.texts("#tasks li .text"));
            assertEquals("2 open, 0 done", page.text("#status"));

            page.eval("document.getElementById('new-task').value = 'Buy milk'");
            page.click("#add");
            assertEquals(List.of("Warm the pot", "Steep the pekoe", "Buy milk"), page.texts("#tasks li .text"));
            assertEquals("", page.eval("document.getElementById('new-task').value"), "the input is cleared");
            assertEquals("3 open, 0 done", page.text("#status"));

            page.click("#tasks li:nth-child(2) .done-button");
            assertEquals(List.of("Steep the pekoe"), page.texts("#tasks li.done .text"));
            assertEquals("Undo", page.text("#tasks li:nth-child(2) .done-button"));
            assertEquals("2 open, 1 done", page.text("#status"));

            page.eval("(function (s) { s.value = 'Done'; s.dispatchEvent(new Event('change')); })"
                    + "(document.getElementById('filter'))");
            assertEquals(List.of("Steep the pekoe"), visibleTasks(page));
            page.eval("(function (s) { s.value = 'Open'; s.dispatchEvent(new Event('change')); })"
                    + "(document.getElementById('filter'))");
            assertEquals(List.of("Warm the pot", "Buy milk"), visibleTasks(page));

            page.click("#tasks li:nth-child(1) .remove-button");
            assertEquals(List.of("Steep the pekoe", "Buy milk"), page.texts("#tasks li .text"));
            assertEquals("1 open, 1 done", page.text("#status"));

            page.eval("document.getElementById('new-task').value = '   '");
            page.click("#add");
            assertEquals(2, page.count("#tasks li"), "a blank task is not added");
            assertEquals(List.of(), page.banners());
            assertEquals(List.of(), page.pageErrors());
            assertEquals(List.of(), page.consoleErrors());
        }
    }

    private static List<String> visibleTasks(BrowserPage page) {
        List<String> visible = new java.util.ArrayList<>();
        for (int i = 0; i < page.count("#tasks li"); i++) {
            if (Boolean.TRUE.equals(page.eval("document.querySelectorAll('#tasks li')[" + i + "].checkVisibility()"))) {
                visible.add((String) page.eval("document.querySelectorAll('#tasks li .text')[" + i + "].textContent"));
            }
        }
        return visible;
    }

    @ChromiumOnly
    void websocketChatsInTextAndBytesAndCloses(Lane lane) {
        try (BrowserPage page = open(lane, "websocket.html")) {
            page.await(chatHas("connected to ws://127.0.0.1:"));
            page.click("#send-text");
            page.await(chatHas("echo: Hello, tea \u2615"));
            page.click("#send-bytes");
            page.await(chatHas("echo (binary): [72, 101, 108, 108, 111, 44, 32, 116, 101, 97, 32, -30, -104, -107]"));
            page.click("#close-socket");
            page.await(chatHas("closed: code 1000, the page said goodbye"));
            List<String> log = page.texts("#chat-log > div");
            assertEquals(List.of("you: Hello, tea \u2615", "echo: Hello, tea \u2615",
                    "you (binary): [72, 101, 108, 108, 111, 44, 32, 116, 101, 97, 32, -30, -104, -107]",
                    "echo (binary): [72, 101, 108, 108, 111, 44, 32, 116, 101, 97, 32, -30, -104, -107]",
                    "closed: code 1000, the page said goodbye"), log.subList(1, log.size()));
            assertEquals(List.of(), page.banners());
            assertEquals(List.of(), page.pageErrors());
            assertEquals(List.of(), page.consoleErrors());
        }
    }

    /**
     * The workers page, served with script-src 'self' and no COOP/COEP headers: the worker counts
     * primes while the page's counter goes on (a count, not a time), and every button answers.
     */
    @ChromiumOnly
    void workersCountPrimesWhileThePageKeepsTickingAndEveryButtonAnswers(Lane lane) {
        try (BrowserPage page = open(lane, "workers.html")) {
            assertEquals("the primes worker is ready (RUNNING_IN_WORKER = true)", page.text("#java-w0-target > div"));
            page.click("#count");
            page.await("document.getElementById('primes-result').textContent.indexOf('primes below') >= 0");
            String result = page.text("#primes-result");
            assertTrue(result.startsWith("216816 primes below 3,000,000; meanwhile the page's counter ticked "), result);
            int ticked = Integer.parseInt(result.replaceAll(".* ticked (\\d+) times", "$1"));
            assertTrue(ticked >= 2, "the page kept ticking while the worker counted: " + result);
            assertEquals("100% counted", page.text("#progress"));
            page.click("#check");
            page.await("document.getElementById('prime-result').textContent.indexOf('97') >= 0");
            assertEquals("97 is prime", page.text("#prime-result"));
            page.eval("(document.getElementById('number').value = 'ninety') && ''");
            page.click("#check");
            page.await("document.getElementById('prime-result').textContent.indexOf('ninety') >= 0");
            assertEquals("'ninety' is not a whole number", page.text("#prime-result"));
            page.click("#shout");
            page.await("document.getElementById('shouted').textContent.indexOf('!') >= 0");
            assertEquals("HELLO FROM THE PAGE!", page.text("#shouted"));
            assertEquals(List.of(), page.banners());
            assertEquals(List.of(), page.pageErrors());
            assertEquals(List.of(), page.consoleErrors());
        }
    }

    private static String chatHas(String text) {
        return "document.getElementById('chat-log').textContent.indexOf('" + text + "') >= 0";
    }
}
