package io.github.pekoe.examples.web;

import static io.github.pekoe.examples.web.WebPageTest.GLOBALS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ExpectPageErrors;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * Hostile and careless arguments to the display and web APIs, run by the scripts of
 * {@code web-args.html} (WebArgumentFixtures): text never runs in a {@code <script>} or applies in a
 * {@code <style>}, image meta data adds no attribute it names, {@code prop} takes real element
 * properties only, and nulls, invalid names and cycles are exceptions that name the argument.
 * Its page asks display() to write into a style element, which is refused with a banner, on purpose.
 */
@ExpectPageErrors
class WebArgumentsTest {
    /** The page's one banner: a script whose output is a {@code <style>} cannot show anything there. */
    private static final String RAW_OUTPUT = "display() cannot write into"
            + " <style id=\"raw-output-style\">: a <script> or <style> would run or apply the text";

    /** The typed properties an {@code <input>} lists in its "no property" message. */
    private static final String INPUT_PROPERTIES = "name, value, disabled, src, type, accept, alt, autocomplete,"
            + " checked, max, maxLength, min, minLength, multiple, pattern, placeholder, readOnly, required, size, step";

    /** The end of every message about a name that is not an XML name. */
    private static final String NAME_RULE = " is not a valid name: a letter, _ or : first, then letters, digits, -, ., _ or :";

    private static BrowserPage open(Lane lane) {
        BrowserPage page = lane.load(TestSite.url("/test/web-args.html"));
        page.waitForAllDone();
        return page;
    }

    private static List<String> lines(BrowserPage page, String section) {
        return page.texts("#s-" + section + " > script-java > div");
    }

    private static String refused(String target) {
        return "IllegalArgumentException: display() cannot write into " + target
                + ": a <script> or <style> would run or apply the text";
    }

    @BothLanes
    void scriptAndStyleTargetsAreRefusedAndNothingRuns(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(List.of(
                    "script by id: " + refused("<script id=\"raw-script\">"),
                    "script appending: " + refused("<script id=\"raw-script\">"),
                    "script as DOM element: " + refused("<script id=\"raw-script-dom\">"),
                    "script as markup: " + refused("<script id=\"raw-script-html\">"),
                    "style by element: " + refused("<style id=\"raw-style\">"),
                    "svg script: " + refused("<script id=\"raw-svg-script\">"),
                    "svg style: " + refused("<style id=\"raw-svg-style\">"),
                    "div: top.rawRan = 'div';"), lines(page, "raw-text"));
            assertNull(page.eval("window.rawRan"), "no text ran as code");
            for (String id : List.of("raw-script", "raw-script-dom", "raw-script-html", "raw-style", "raw-output-style",
                    "raw-svg-script", "raw-svg-style")) {
                assertEquals(0L, page.eval("document.getElementById('" + id + "').childNodes.length"), id);
            }
            if (lane == Lane.CHROMIUM) {
                assertEquals("block", page.eval("getComputedStyle(document.getElementById('raw-probe')).display"),
                        "no text applied as CSS");
            }
        }
    }

    @BothLanes
    void aScriptWhoseOutputIsAStyleCannotWriteThere(Lane lane) {
        try (BrowserPage page = open(lane)) {
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), banners.toString());
            assertTrue(banners.get(0).contains("IllegalArgumentException") && banners.get(0).contains(RAW_OUTPUT),
                    banners.get(0));
            assertEquals(0L, page.eval("document.getElementById('raw-output-style').childNodes.length"));
        }
    }

    @BothLanes
    void imageMetaKeysThatAreNoAttributeNamesAreRefusedAndValuesStayValues(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(List.of(
                    "meta key: IllegalArgumentException: an image's meta key \"alt onerror=top.imgRan=1 x\"" + NAME_RULE,
                    "meta key by with: IllegalArgumentException: an image's meta key \"x/onerror=top.imgRan=2\""
                            + NAME_RULE,
                    "bundle meta key: IllegalArgumentException: an image's meta key \"src=x onerror=top.imgRan=3\""
                            + NAME_RULE,
                    "value: \" onerror=\"top.imgRan=4"), lines(page, "image-meta"));
            assertEquals(1, page.count("#img-out img"), "only the image with a hostile value, as an alt text");
            assertEquals(0, page.count("img[onerror], [onerror]"));
            if (lane == Lane.CHROMIUM) {
                page.waitFor("document.querySelector('#img-out img').complete");
            }
            assertNull(page.eval("window.imgRan"), "no handler ran");
        }
    }

    @BothLanes
    void propTakesRealElementPropertiesOnly(Lane lane) {
        try (BrowserPage page = open(lane)) {
            String none = "IllegalArgumentException: <div> has no property '%s'; known properties: " + GLOBALS;
            assertEquals(List.of(
                    "toString: " + String.format(none, "toString"),
                    "constructor: " + String.format(none, "constructor"),
                    "hasOwnProperty: " + String.format(none, "hasOwnProperty"),
                    "valueOf: " + String.format(none, "valueOf"),
                    "__defineGetter__: " + String.format(none, "__defineGetter__"),
                    "__proto__: " + String.format(none, "__proto__"),
                    "__proto___: " + String.format(none, "__proto___"),
                    "read constructor: " + String.format(none, "constructor"),
                    "method: " + String.format(none, "click"),
                    "typed: IllegalArgumentException: <input> has no property 'toString_'; known properties: "
                            + INPUT_PROPERTIES + "; and on every element: " + GLOBALS,
                    "factory: " + String.format(none, "hasOwnProperty"),
                    "update: " + String.format(none, "constructor"),
                    "collection update: " + String.format(none, "__proto__"),
                    "still a div: true true false",
                    "real properties: true t from the markup"), lines(page, "prop"));
        }
    }

    @BothLanes
    void nullArgumentsAreNamed(Lane lane) {
        try (BrowserPage page = open(lane)) {
            String iae = "IllegalArgumentException: ";
            assertEquals(List.of(
                    "create: " + iae + "Element.create: the tag must not be null",
                    "attr read: " + iae + "attr: the name must not be null",
                    "attr: " + iae + "attr: the name must not be null",
                    "removeAttr: " + iae + "removeAttr: the name must not be null",
                    "hasAttr: " + iae + "hasAttr: the name must not be null",
                    "page.find: " + iae + "find: the selector must not be null",
                    "page.get: " + iae + "get: the id must not be null",
                    "find: " + iae + "find: the selector must not be null",
                    "get: " + iae + "get: the id must not be null",
                    "prop read: " + iae + "prop: the name must not be null",
                    "prop: " + iae + "prop: the name must not be null",
                    "style: " + iae + "style: the property name must not be null",
                    "classes add: " + iae + "classes: the class name must not be null",
                    "classes toggle: " + iae + "classes: the class name must not be null",
                    "classes replace: " + iae + "classes().replace: the new name must not be null",
                    "dataset: " + iae + "dataset: the key must not be null",
                    "as: " + iae + "as: the type must not be null",
                    "when simple: " + iae + "when(\"click\", ...): the handler is null",
                    "when event: " + iae + "when(\"click\", ...): the handler is null",
                    "when type: " + iae + "when(...): the event type is empty",
                    "on type: " + iae + "when(...): the event type is empty",
                    "on handler: " + iae + "when(\"click\", ...): the handler is null",
                    "display options: " + iae + "display: the options must not be null",
                    "display target: " + iae + "a display target id must not be null",
                    "meta: " + iae + "MimeData.of: the meta must not be null",
                    "attributes: 0 0"), lines(page, "nulls"));
            page.click("#args-ok");
            assertEquals(1, page.banners().size(), "no handler was bound to fail at a click: " + page.banners());
        }
    }

    @BothLanes
    void invalidNamesAndCyclesAreNamed(Lane lane) {
        try (BrowserPage page = open(lane)) {
            String iae = "IllegalArgumentException: ";
            assertEquals(List.of(
                    "create empty: " + iae + "Element.create: the tag \"\"" + NAME_RULE,
                    "create attribute: " + iae + "Element.create: the tag \"img onerror=x\"" + NAME_RULE,
                    "create digit: " + iae + "Element.create: the tag \"1x\"" + NAME_RULE,
                    "attr empty: " + iae + "attr: the name \"\"" + NAME_RULE,
                    "attr space: " + iae + "attr: the name \"a b\"" + NAME_RULE,
                    "attr handler: " + iae + "attr: the name \"x onclick\"" + NAME_RULE,
                    "dataset: " + iae + "dataset: the attribute \"data-a b\"" + NAME_RULE,
                    "itself: " + iae + "cannot append <div id=\"outer\"> to itself",
                    "itself as object: " + iae + "cannot append <div id=\"outer\"> to itself",
                    "its descendant: " + iae + "cannot append <div id=\"outer\"> to <span id=\"inner\">, which is inside it",
                    "its descendant as DOM node: " + iae + "cannot append <div id=\"outer\"> to <span id=\"inner\">,"
                            + " which is inside it",
                    "its descendant in a factory: " + iae + "cannot append <div id=\"outer\"> to <span id=\"inner\">,"
                            + " which is inside it",
                    "tree: <div id=\"outer\"><span id=\"inner\"></span></div>",
                    "custom tag: <my-card>ok</my-card>"), lines(page, "names"));
        }
    }

    @BothLanes
    void stringSettersRefuseNullAndWriteNothing(Lane lane) {
        try (BrowserPage page = open(lane)) {
            String iae = "IllegalArgumentException: ";
            assertEquals(List.of(
                    "title: " + iae + "title must not be null",
                    "lang: " + iae + "lang must not be null",
                    "dir: " + iae + "dir must not be null",
                    "accessKey: " + iae + "accessKey must not be null",
                    "slot: " + iae + "slot must not be null",
                    "innerText: " + iae + "innerText must not be null",
                    "typed title: " + iae + "title must not be null",
                    "typed string: " + iae + "rel must not be null",
                    "href: " + iae + "href must not be null",
                    "src: " + iae + "src must not be null",
                    "value: " + iae + "value must not be null",
                    "name: " + iae + "name must not be null",
                    "type: " + iae + "type must not be null",
                    "script src: " + iae + "src must not be null",
                    "embed src: " + iae + "src must not be null",
                    "srcdoc: " + iae + "srcdoc must not be null",
                    "object data: " + iae + "data must not be null",
                    "page title: " + iae + "title must not be null",
                    "unchanged: 0 kept true",
                    "text null: |",
                    "html null: |",
                    "assign: " + iae + "Ffi.assign needs an array of sources, not null",
                    "assign null source: {a=1}"), lines(page, "setters"));
        }
    }
}
