package io.github.pekoe.examples.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ExpectPageErrors;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * Output targets and currentTarget() as PyScript defines them, on targets.html: each section holds
 * one script element, and the script displays "target: " + currentTarget().
 * Its page names a target that matches no element, on purpose.
 */
@ExpectPageErrors
class TargetsTest {
    private static BrowserPage open(Lane lane) {
        BrowserPage page = lane.load(TestSite.url("/test/targets.html"));
        page.waitForAllDone();
        return page;
    }

    @BothLanes
    void aScriptElementGetsAScriptJavaElementRightAfterIt(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals("SCRIPT-JAVA", page.eval(
                    "document.querySelector('#plain > script').nextElementSibling.tagName"));
            assertEquals("target: java-1", page.text("#plain > script-java > div"));
            assertEquals("java-1", page.attr("#plain > script-java", "id"));
        }
    }

    @BothLanes
    void aScriptInTheHeadWritesAtTheEndOfTheBody(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(0, page.count("head script-java"));
            assertEquals("target: java-0", page.text("body > script-java#java-0 > div"));
            assertEquals("ready:page/current,done:page/current", page.eval("window.__probe.events.slice(0, 2).join()"));
        }
    }

    @BothLanes
    void aJavaScriptElementIsItsOwnTargetAndKeepsItsId(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals("target: java-2", page.text("#own > java-script > div"));
            assertEquals("java-2", page.attr("#own > java-script", "id"));
            assertEquals("target: explicit-id", page.text("#explicit-id > div"));
        }
    }

    @BothLanes
    void aTargetAttributeNamesAnIdOrASelector(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals("target: out-id", page.text("#out-id > div"));
            assertEquals("target: out-hash", page.text("#out-hash > div"));
            assertEquals("target: java-3", page.text("#by-selector .box > div"));
            assertEquals("java-3", page.attr("#by-selector .box", "id"));
            assertEquals(0, page.count("#by-id script-java, #by-hash script-java, #by-selector script-java"));
        }
    }

    @BothLanes
    void theNameMayBeTheTrimmedText(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals("target: java-4", page.text("#text-name > java-script > div"));
            assertEquals(1, page.count("#text-name > java-script > *"), "the name text is gone");
            assertEquals("target: java-5", page.text("#script-text-name > script-java > div"));
        }
    }

    @BothLanes
    void problemsAreBannersAndTheOtherScriptsRun(Lane lane) {
        try (BrowserPage page = open(lane)) {
            List<String> banners = page.banners();
            assertEquals(5, banners.size(), banners.toString());
            assertEquals("the target \"no-such-element\" of <script type=\"java\" src=\"page/current\"> matches no"
                    + " element in the page", banners.get(0));
            assertTrue(banners.get(1).startsWith("no Java script named 'page/sav' for <script type=\"java\""
                    + " src=\"page/sav\">; registered scripts: "), banners.get(1));
            assertTrue(banners.get(1).contains("page/current, page/facade, page/first"), banners.get(1));
            assertTrue(banners.get(2).startsWith("<script type=\"java\"> names no script"), banners.get(2));
            assertEquals("<script type=\"java\" src=\"page/current\"> has worker=\"calc.js\": the worker attribute takes"
                    + " no value (name the script with src=\"NAME\" and another bundle with bundle=\"URL\")", banners.get(3));
            assertEquals("the target \"a[b\" of <script type=\"java\" src=\"page/current\"> matches no element in"
                    + " the page", banners.get(4), "an invalid selector is reported, not thrown as a page error");
            assertEquals("target: java-8", page.text("#last > script-java > div"));
            assertEquals(List.of(), page.pageErrors());
        }
    }

    @BothLanes
    void everyScriptElementGetsReadyAndDoneInPageOrder(Lane lane) {
        try (BrowserPage page = open(lane)) {
            Object events = page.eval("window.__probe.events.join()");
            String current = "ready:page/current,done:page/current";
            assertEquals(String.join(",", current, current, current, current, current, current, current, current,
                    "ready:", "done:target: java-4", current, "ready:page/sav,done:page/sav", "ready:,done:",
                    current, current, current, "all-done"), events,
                    "the <java-script> named by its text shows its output by done; the empty one has no name");
        }
    }
}
