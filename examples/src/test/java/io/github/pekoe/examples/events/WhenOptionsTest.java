package io.github.pekoe.examples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * {@code WhenOptions.preventDefault()} and {@code stopPropagation()} on the page's own bindings (see
 * {@code WhenOptionFixtures}): the page applies them as it dispatches each event; the same bindings
 * without them leave the default and the propagation alone. A handler that does not block has finished
 * when the click returns.
 */
class WhenOptionsTest {
    private static BrowserPage open(Lane lane) {
        BrowserPage page = lane.load(TestSite.url("/test/when-options.html"));
        page.waitForAllDone();
        return page;
    }

    @BothLanes
    void aDeclaredPreventDefaultPreventsTheDefaultAndWithoutItTheDefaultHappens(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#kept");
            page.click("#free");
            page.click("#link");
            assertEquals(List.of("kept: clicked", "free: clicked", "link: clicked"), page.texts("#out > div").subList(1, 4));
            assertEquals(false, page.eval("document.getElementById('kept').checked"));
            assertEquals(true, page.eval("document.getElementById('free').checked"));
            assertEquals("", page.eval("location.hash"));
        }
    }

    @BothLanes
    void aDeclaredStopPropagationKeepsTheEventFromTheParent(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#inner");
            page.click("#plain");
            assertEquals(List.of("inner: clicked", "plain: clicked", "outer: clicked"),
                    page.texts("#out > div").subList(1, 4));
        }
    }

    @BothLanes
    void aCollectionsOptionsApplyToEachMember(Lane lane) {
        try (BrowserPage page = open(lane)) {
            page.click("#twice-a");
            page.click("#twice-a");
            page.click("#twice-b");
            page.click("#plain");
            assertEquals(List.of("twice: twice-a", "twice: twice-b", "plain: clicked"),
                    page.texts("#out > div").subList(1, 4), "once() leaves each member after its first event");
            assertEquals(false, page.eval("document.getElementById('twice-b').checked"),
                    "preventDefault() keeps the box unchecked");
            assertEquals(true, page.eval("document.getElementById('twice-a').checked"),
                    "the second click, with no listener left, checks the box");
        }
    }

    @BothLanes
    void passiveAndPreventDefaultTogetherAreRefusedNamingBoth(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals("passive and preventDefault: IllegalArgumentException: WhenOptions: passive() promises never"
                    + " to prevent the default, and preventDefault() prevents it: keep one of them",
                    page.texts("#out > div").get(0));
        }
    }
}
