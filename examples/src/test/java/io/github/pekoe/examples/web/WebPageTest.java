package io.github.pekoe.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import io.github.pekoe.testing.PagePerLane;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PyScript's web behaviours (its test_web.py: page lookups, elements, append, classes, style, update,
 * indexing and slicing, clone, label {@code for}, events), each group run by a script of
 * {@code web-page.html} (WebPageFixtures, WebTreeFixtures, WebStyleFixtures) that reports what it saw
 * line by line; checked in both lanes, inline styles in Chromium only.
 */
class WebPageTest {
    /** Appended by the append fixture to every "cannot append" message. */
    static final String CHILD_KINDS = " a child is an Element, an ElementCollection, a DOM node, a String (shown as"
            + " text), a number, a boolean, or an Iterable or array of those";
    /** The global properties every "no property" message lists. */
    static final String GLOBALS = "accessKey, autocapitalize, autofocus, className, contentEditable, dir, draggable,"
            + " enterKeyHint, hidden, id, inert, innerHTML, innerText, inputMode, lang, nonce, outerHTML, popover, slot,"
            + " spellcheck, style, tabIndex, textContent, title, translate. Use attr(name, value) for other attributes.";

    @RegisterExtension
    static final PagePerLane PAGES = new PagePerLane("/test/web-page.html");

    /** The lines the script of section {@code s-NAME} displayed. */
    static List<String> lines(BrowserPage page, String section) {
        return page.texts("#s-" + section + " > script-java > div");
    }

    /**
     * Asserts the lines of a section; in HtmlUnit the lines labelled {@code chromiumOnly} are left
     * out of both sides, because HtmlUnit (CSS off, as the harness runs it) keeps no inline style.
     */
    static void assertLines(BrowserPage page, Lane lane, String section, List<String> expected, String... chromiumOnly) {
        List<String> actual = lines(page, section);
        if (lane == Lane.HTMLUNIT) {
            Set<String> skipped = Set.of(chromiumOnly);
            assertEquals(without(expected, skipped), without(actual, skipped), section);
        } else {
            assertEquals(expected, actual, section);
        }
    }

    private static List<String> without(List<String> lines, Set<String> labels) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (!labels.contains(line.substring(0, Math.max(0, line.indexOf(':'))))) {
                kept.add(line);
            }
        }
        return kept;
    }

    @BothLanes
    void pageLookupsTitleAndAppend(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "page", List.of(
                "get with #: div test_id_selector",
                "get without #: test_id_selector",
                "get missing: null",
                "get empty: null",
                "find by class: [test_class_selector, test_selector_w_children, test_selector_w_children_child_1]",
                "find nothing: 0",
                "title: web: page behaviours",
                "title set: Test Title",
                "root, head, body: html head body",
                "appended parent: body",
                "wrap null: null",
                "wrap DOM element: div-no-classes"));
        assertEquals("web: page behaviours", page.eval("document.title"), "the title was restored");
        assertEquals("BODY", page.eval("document.getElementById('page-appended').parentNode.tagName"));
    }

    @BothLanes
    void elementsQueryCompareAndCreate(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "element", List.of(
                "child's parent: test_selector_w_children",
                "child: test_selector_w_children_child_1 Child 1",
                "equal: true false true",
                "in a set: true false",
                "seen through the other: some value",
                "html: <b>New Content</b> | New Content",
                "text: &lt;b&gt;New Content&lt;/b&gt; | <b>New Content</b>",
                "tag: p my-card",
                "toString: <p id=\"x\">hi</p>",
                "showMe: ok",
                "new element: DIV parent null",
                "appended: body",
                "created child: element-creation-test test-new-el Ciao PyScripters!"));
        assertEquals("code-description", page.attr("#test-new-el", "class"));
        assertEquals("some value", page.html("#test_id_selector"));
    }

    @BothLanes
    void eventsBindAndUnbind(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "events", List.of(
                "clicked: 1 click on a-test-button",
                "after remove: 1",
                "runnable handler: true",
                "collection clicks: 4 of 4",
                "custom event: 1"));
    }

    @BothLanes
    void displayInsertsElementsAndCollections(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertEquals(List.of("an element", "onetwo"), lines(page, "display"));
        assertEquals("an element", page.text("#s-display > script-java > div > div.shown-element"));
        assertEquals(List.of("one", "two"), page.texts("#s-display > script-java > div:nth-child(2) > span"));
    }

    @BothLanes
    void appendTakesElementsNodesCollectionsTextAndNumbers(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "append", List.of(
                "element: 1 new element",
                "DOM element: 2",
                "collection: 5 [p, div, h3]",
                "string: 0 true",
                "mixed: first-p true true",
                "numbers and booleans: 12345 2.5 truec",
                "iterable and array: <span>a</span>b<span>c</span>",
                "node list: 2 left 0",
                "JS array: <span>x</span><span>y</span>",
                "children as a list: 2",
                "null: IllegalArgumentException: cannot append null to <div>:" + CHILD_KINDS,
                "a null Element: IllegalArgumentException: cannot append null to <div>:" + CHILD_KINDS,
                "a null String: IllegalArgumentException: cannot append null to <div>:" + CHILD_KINDS,
                "a map: IllegalArgumentException: cannot append a Map (properties go to a tag factory or update(),"
                        + " not append()) to <div>:" + CHILD_KINDS,
                "an object: IllegalArgumentException: cannot append a java.lang.Object to <div>:" + CHILD_KINDS,
                "a JavaScript object: IllegalArgumentException: cannot append a JavaScript object to <div>:"
                        + CHILD_KINDS));
        for (String id : List.of("append-py", "append-proxy")) {
            String div = "#" + id + " > div";
            assertEquals("Luke, I am your fathernoooooooooo!", page.text(div), id);
            assertEquals(1, page.count(div + " > *"), id);
            assertEquals("noooooooooo!", page.text(div + " > p"), id);
        }
        assertEquals("Luke, I am your fathernoooooooooo!not me!", page.text("#append-collection > div"));
        assertEquals(List.of("noooooooooo!", "not me!"), page.texts("#append-collection > div > p"));
        assertEquals("child2", page.attr("#append-collection > div > p:nth-child(2)", "id"));
    }

    @BothLanes
    void childrenIndexSliceAndLookUpById(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "children", List.of(
                "index: Child 1, Child 2",
                "slice(0, 2): [Child 1, Child 2]",
                "slice(1): [Child 2, Child 3]",
                "slice(-2): [Child 2, Child 3]",
                "slice(-3, -1): [Child 1, Child 2]",
                "slice(0, 0): []",
                "slice is new: true",
                "iterate: 3",
                "get(3): IndexOutOfBoundsException: index 3 is out of range for a collection of 3 elements",
                "get(-1): Child 3, Child 1",
                "get(-4): IndexOutOfBoundsException: index -4 is out of range for a collection of 3 elements",
                "slice(2, 1): []",
                "slice(0, 4): [Child 1, Child 2, Child 3]",
                "slice(-9, 9): [Child 1, Child 2, Child 3]",
                "reversed: [Child 3, Child 2, Child 1]",
                "every other: [Child 1, Child 3]",
                "slice(2, 0, -1): [Child 3, Child 2]",
                "slice(-1, null, -2): [Child 3, Child 1]",
                "step 0: IllegalArgumentException: a slice step cannot be zero",
                "detached lookup: child-id",
                "lookup: child-id child-id-2",
                "lookup missing: null null",
                "parent of new: null"));
    }

    @BothLanes
    void cloneAndLabelFor(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "clone", List.of(
                "clone: true true false false original",
                "clone with id: cloned original",
                "clone without id: false",
                "typed clone: InputElement typed field-copy",
                "typed clone without id: InputElement false",
                "ids inside are copied: 1"));
        assertLines(page, lane, "label", List.of(
                "for: input-id input-id input-id",
                "outerHTML: true",
                "for_: b",
                "htmlFor: c d"));
        assertEquals("some-id", page.attr("#label-in-page", "for"));
        assertEquals("some-id", page.eval("document.getElementById('label-in-page').htmlFor"));
    }

    @BothLanes
    void classesAreALiveSet(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "classes", List.of(
                "read: [a-test-class]",
                "none: true",
                "add: true [tester-class]",
                "remove: true []",
                "add several: [class1, class2, class3] class1 class2 class3",
                "contains: true true false false",
                "remove several: [class1]",
                "remove missing: false []",
                "toggle: true [open] false []",
                "replace: true x b y false",
                "replace into a present one: true x y",
                "set: true true true false",
                "equals a set: true",
                "iterator remove: [y]",
                "live: 2 [live, view]",
                "clear: 0 ''"));
    }

    /** Chromium only: HtmlUnit, with CSS off as the harness runs it, keeps no inline style. */
    @ChromiumOnly
    void styleIsALiveMapOfBothSpellings(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "style", List.of(
                "put: null red",
                "camelCase reads hyphenated: 16px",
                "hyphenated reads camelCase: rgb(1, 2, 3)",
                "containsKey: true false",
                "keys: [color, font-size, background-color]",
                "remove: red null false",
                "remove missing: null",
                "attribute: font-size: 16px; background-color: rgb(1, 2, 3);",
                "entry setValue: 20px",
                "put null: 1 {background-color=rgb(1, 2, 3)}",
                "clear: 0 true"));
        assertEquals("red", page.eval("document.getElementById('styled').style.color"));
        assertEquals("3px", page.eval("document.getElementById('styled').style.marginTop"));
    }

    @BothLanes
    void updateInEveryCombinationAndPropertiesByName(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "update", List.of(
                "classes list: [foo, bar]",
                "single class: [foo]",
                "class array: [x, y, z]",
                "style: red 16px",
                "properties: test-id Test Title",
                "combined: [foo] red test-id",
                "one map: [a, b] blue t",
                "nothing: <div></div>",
                "for: x",
                "class: c",
                "class_: d",
                "tabindex: 3 3",
                "data-*: 7 7",
                "aria-*: L",
                "readonly: true true",
                "accept-charset: UTF-8",
                "innerHTML: <i>x</i>",
                "textContent: &lt;i&gt;x&lt;/i&gt;",
                "read: v false checkbox 4 false",
                "read types: Boolean Long",
                "unknown: IllegalArgumentException: <div> has no property 'colour'; known properties: " + GLOBALS),
                "style", "combined", "one map");
    }
}
