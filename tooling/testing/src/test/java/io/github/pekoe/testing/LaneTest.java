package io.github.pekoe.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Both lanes on the mimic pages of src/test/resources/site: open, read, click, type, wait. */
class LaneTest {

    @BothLanes
    void openWaitsForAllDone(Lane lane) {
        try (BrowserPage page = lane.open("/hello.html")) {
            assertEquals(true, page.eval("window.__probe.allDone"));
            assertEquals("ready:greeter, done:greeter, all-done", page.eval("window.__probe.events.join(', ')"));
            assertEquals("Hello", page.text("#out"));
            assertEquals(List.of(), page.banners());
        }
    }

    @BothLanes
    void loadDoesNotWait(Lane lane) {
        try (BrowserPage page = lane.load("hello.html")) {
            page.waitForAllDone();
            assertEquals("Hello", page.text("#out"));
        }
    }

    @BothLanes
    void typesAndClicks(Lane lane) {
        try (BrowserPage page = lane.open("/hello.html")) {
            page.type("#name", "Ada");
            assertEquals("Ada", page.eval("document.getElementById('name').value"));
            page.click("#go");
            page.waitFor("document.getElementById('out').textContent !== 'Hello'");
            assertEquals("Hello, Ada", page.text("#out"));
        }
    }

    @BothLanes
    void readsTheDomAndConvertsValues(Lane lane) {
        try (BrowserPage page = lane.open("/hello.html")) {
            assertEquals("Hello", page.eval("document.title"));
            assertEquals(2L, page.eval("1 + 1"));
            assertEquals(0.5, page.eval("1 / 2"));
            assertNull(page.eval("undefined"));
            assertEquals("[1,\"a\"]", page.eval("[1, 'a']"));
            assertEquals(1, page.count("button"));
            assertEquals("go", page.attr("button", "id"));
            assertNull(page.text("#nothing"));
        }
    }

    @BothLanes
    void recordsEveryConsoleLine(Lane lane) {
        try (BrowserPage page = lane.open("/counter.html")) {
            for (int i = 1; i <= 3; i++) {
                page.click("#go");
            }
            page.waitFor("document.getElementById('out').textContent === '3'");
            List<String> lines = page.console();
            assertEquals(3, lines.stream().filter(line -> line.matches("\\w+: click [123]")).count(), lines::toString);
        }
    }

    @BothLanes
    void clickingOrTypingWhereNothingMatchesFails(Lane lane) {
        try (BrowserPage page = lane.open("/hello.html")) {
            AssertionError click = assertThrows(AssertionError.class, () -> page.click("#nothing"));
            assertEquals("cannot click #nothing: no element matches", click.getMessage());
            AssertionError type = assertThrows(AssertionError.class, () -> page.type("#nothing", "x"));
            assertEquals("cannot type into #nothing: no element matches", type.getMessage());
        }
    }

    @BothLanes
    void aBoundedWaitThatFailsShowsTheConsole(Lane lane) {
        try (BrowserPage page = lane.load("/never-done.html")) {
            AssertionError e = assertThrows(AssertionError.class, () -> page.waitForAllDone(500));
            assertTrue(e.getMessage().startsWith("waited 0 s for java:all-done in vain; "), e.getMessage());
            assertTrue(e.getMessage().contains(": still starting"), e.getMessage());
        }
        try (BrowserPage page = lane.open("/counter.html")) {
            page.click("#go");
            AssertionError e = assertThrows(AssertionError.class,
                    () -> page.waitFor("document.getElementById('out').textContent === '2'"));
            assertTrue(e.getMessage().contains(": click 1"), e.getMessage());
        }
    }
}
