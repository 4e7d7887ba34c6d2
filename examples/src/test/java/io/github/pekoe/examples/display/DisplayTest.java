package io.github.pekoe.examples.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;
import io.github.pekoe.testing.PageJson;
import java.util.ArrayList;
import java.util.List;

/**
 * PyScript's display() behaviours, each run by a script of {@code display.html} (see
 * {@code DisplayFixtures}) and checked in the page's DOM, in HtmlUnit and in Chromium.
 */
class DisplayTest {
    private static BrowserPage open(Lane lane) {
        BrowserPage page = lane.load(TestSite.url("/test/display.html"));
        page.waitForAllDone();
        return page;
    }

    /** The output element of the script in section {@code s-NAME}. */
    private static String out(String scenario) {
        return "#s-" + scenario + " > script-java";
    }

    @BothLanes
    void aCallAddsOneDivHoldingTheText(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(1, page.count(out("simple") + " > *"));
            assertEquals("DIV", page.eval("document.querySelector('" + out("simple") + "').children[0].tagName"));
            assertEquals("Hello, world", page.html(out("simple") + " > div"));
            assertEquals(List.of(), page.banners());
            assertEquals(List.of(), page.pageErrors());
        }
    }

    @BothLanes
    void theOutputElementFollowsTheScriptWithAGeneratedId(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals("SCRIPT-JAVA", page.eval(
                    "document.querySelector('#s-simple > script').nextElementSibling.tagName"));
            assertEquals("java-0", page.attr(out("simple"), "id"));
            assertEquals("java-1", page.attr(out("consecutive"), "id"));
        }
    }

    @BothLanes
    void consecutiveCallsKeepTheirOrder(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(List.of("hello 1", "hello 2"), page.texts(out("consecutive") + " > div"));
        }
    }

    @BothLanes
    void aTargetIdWithOrWithoutHashIsUsed(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals("hello world", page.text("#target-box"));
            assertEquals("hello hash", page.text("#target-hash-box"));
            assertEquals(0, page.count(out("target") + " > *"));
        }
    }

    @BothLanes
    void aMissingOrEmptyTargetIsAnErrorNamingTheId(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(List.of(
                    "IllegalArgumentException: Cannot find element with id='non-existing' in the page.",
                    "IllegalArgumentException: Cannot find element with id='' in the page.",
                    "IllegalArgumentException: Cannot find element with id='#weird-id' in the page."),
                    page.texts("#missing-target-box > div"));
        }
    }

    @BothLanes
    void outputGoesWhereEachCallSays(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(List.of("item 1", "item 3"), page.texts(out("tag-target") + " > div"));
            assertEquals("item 2", page.text("#tag-target-box"));
        }
    }

    @BothLanes
    void appendFalseReplacesTheContent(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals("item 2", page.html(out("append-false")));
            assertEquals("third", page.html(out("mixed")));
        }
    }

    @BothLanes
    void severalValuesInOneCallEachGetADiv(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(List.of("hello", "world"), page.texts(out("multiple") + " > div"));
            assertEquals("world", page.html(out("multiple-append-false")));
        }
    }

    @BothLanes
    void replacingWithTwoSvgValuesLeavesOne(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(1L, page.eval("document.querySelectorAll('#svg-box svg').length"));
            assertEquals("10", page.attr("#svg-box svg", "width"));
        }
    }

    @BothLanes
    void stringsAreEscapedAndHtmlIsNot(Lane lane) {
        try (BrowserPage page = open(lane)) {
            List<String> escaped = page.texts(out("escape") + " > div");
            assertEquals(List.of("<p>hello world</p>", "<script>alert('xss')</script>"), escaped.subList(0, 2));
            assertEquals("&lt;p&gt;hello world&lt;/p&gt;", page.html(out("escape") + " > div"));
            assertEquals(0, page.count(out("escape") + " p, " + out("escape") + " script"));
            assertEquals("<p>hello world</p>", page.html(out("html") + " > div"));
            assertEquals("hello world", page.text(out("html") + " p"));
        }
    }

    @BothLanes
    void textIsKeptExactlyLineBreaksAndNulIncluded(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals("\"one\\r\\ntwo\\rthree\\u0000four\"", page.eval(
                    "JSON.stringify(document.querySelectorAll('" + out("escape") + " > div')[2].textContent)"));
            assertEquals("1", page.eval("String(document.querySelectorAll('" + out("escape") + " > div')[2].childNodes.length)"));
        }
    }

    @BothLanes
    void collectionsMapsAndArraysShowInPythonsShapeAndRecordsTheirFields(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(List.of("['x', 1, 2.5, true, null]", "{'name': 'Ann', 'age': 31, 'tags': ['a', 'b']}",
                    "[1, 2]", "[\"it's\"]", "set()", "Point[x=1, y=2]", "[Point[x=3, y=4]]", "plain <text>"),
                    page.texts(out("collections") + " > div"));
            assertEquals(List.of(), page.banners());
        }
    }

    @BothLanes
    void methodsAnnotatedWithASignalListenFromThePagesStart(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(List.of("saved notes.txt", "saved again"), page.texts("#signal-box > div"));
        }
    }

    @BothLanes
    void mimeBundlesUseTheirFirstSupportedType(Lane lane) {
        try (BrowserPage page = open(lane)) {
            List<String> html = htmlOfDivs(page, out("mimebundle"));
            assertEquals(List.of("<strong>Bold HTML</strong>", "<em>Italic</em>", "<p>HTML fallback</p>"),
                    html.subList(0, 3));
            assertEquals("EmptyBundle instance", html.get(3), "a null bundle falls back to toString");
        }
    }

    @BothLanes
    void bundleMetaBecomesImageAttributesAndMerges(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals("100", page.attr("#meta-box img", "width"));
            assertEquals("50", page.attr("#meta-box img", "height"));
            assertEquals("100", page.attr("#merge-box img", "width"));
            assertEquals("75", page.attr("#merge-box img", "height"));
        }
    }

    @BothLanes
    void representationsFollowPyScriptsOrderAndFallBack(Lane lane) {
        try (BrowserPage page = open(lane)) {
            List<String> html = htmlOfDivs(page, out("reprs"));
            assertEquals(List.of("<h1>HTML Header</h1>", "<p>Paragraph</p>", "Fallback repr",
                    "<p>HTML version</p>", "NoRepr instance"), html);
        }
    }

    @BothLanes
    void svgAndJsonAreInserted(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals("40", page.attr("#svg-json-svg svg circle", "r"));
            assertTrue(page.html("#svg-json-json").contains("\"key\": \"value\""));
            assertEquals("{\"key\": \"value\", \"number\": 42}", page.text("#svg-json-json"));
        }
    }

    @BothLanes
    void imagesBecomeDataUrlsWithTheirMeta(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertTrue(page.attr("#png-bytes-box img", "src").startsWith("data:image/png;base64,iVBORw0KGgo"));
            assertEquals("data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                    + "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", page.attr("#png-base64-box img", "src"));
            assertEquals("data:image/jpeg;base64,/9j/4AAQSkZJRg==", page.attr("#jpeg-bytes-box img", "src"));
            assertEquals("data:image/jpeg;base64,ZCBqcGVnIG1pbmltdW0==", page.attr("#jpeg-base64-box img", "src"));
            assertEquals("32", page.attr("#png-meta-box img", "width"));
            assertEquals("16", page.attr("#png-meta-box img", "height"));
        }
    }

    @BothLanes
    void javaScriptOutputBecomesAScriptElement(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(1, page.count("#javascript-box > script"));
            assertEquals("console.log('test');", page.text("#javascript-box > script"));
        }
    }

    @BothLanes
    void blankStringsAddNothing(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(0, page.count(out("empty") + " > *"));
        }
    }

    @BothLanes
    void replacingClearsEveryEarlierChild(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals("3", page.text("#clears-count"));
            assertEquals("new content", page.html(out("clears")));
        }
    }

    @BothLanes
    void nullBooleansAndNumbersShowAsText(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(List.of("null", "true", "false", "42", "3.14159", "-17", "9007199254740993"),
                    page.texts(out("values") + " > div"));
        }
    }

    @BothLanes
    void domNodesAreInserted(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals("a DOM node", page.text(out("nodes") + " > div > b"));
            assertEquals("a text node", page.text("#nodes-box"));
        }
    }

    @BothLanes
    void aScriptIdTargetMeansThatScriptsOutput(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(List.of("into the named script's output", "Hello, world"),
                    page.texts("#s-named > script-java > div"), "display/script-target runs first, in page order");
            assertFalse(page.texts(out("script-target") + " > div").contains("into the named script's output"));
        }
    }

    private static List<String> htmlOfDivs(BrowserPage page, String css) {
        Object json = page.eval("JSON.stringify(Array.from(document.querySelectorAll('" + css
                + " > div')).map(function (d) { return d.innerHTML; }))");
        List<String> html = new ArrayList<>();
        for (Object item : (List<?>) PageJson.parse(String.valueOf(json))) {
            html.add((String) item);
        }
        return html;
    }
}
