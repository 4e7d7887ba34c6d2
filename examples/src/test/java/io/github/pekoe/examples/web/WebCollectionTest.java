package io.github.pekoe.examples.web;

import static io.github.pekoe.examples.web.WebPageTest.CHILD_KINDS;
import static io.github.pekoe.examples.web.WebPageTest.GLOBALS;
import static io.github.pekoe.examples.web.WebPageTest.assertLines;
import static io.github.pekoe.examples.web.WebPageTest.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;
import io.github.pekoe.testing.PagePerLane;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PyScript's collection, input and select behaviours, and the web API's errors, run by the scripts
 * of {@code web-page.html} (WebCollectionFixtures, WebErrorFixtures).
 */
class WebCollectionTest {
    @RegisterExtension
    static final PagePerLane PAGES = new PagePerLane("/test/web-page.html");

    @BothLanes
    void collectionsIndexSliceFindAndUpdateInBulk(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "collection", List.of(
                "find: 3 [multi-elem-div, multi-elem-p, multi-elem-h2]",
                "html: [Content multi-elem-div, Content multi-elem-p, Content multi-elem-h2]",
                "iterate: true true",
                "slices: 2 true true",
                "update all: [New Content, New Content, New Content]",
                "bulk text: [Plain <b>text</b>, Plain <b>text</b>, Plain <b>text</b>] Plain &lt;b&gt;text&lt;/b&gt;",
                "className: updated updated",
                "two properties: [Hello, Hello] Test Test",
                "classes: [updated, active] [updated, active]",
                "style: [red, red]",
                "combined: [updated, active, more] [blue, blue] [Hi, Hi]",
                "by id: find-me other-div find-me other-div null",
                "find inside: 2 [Child, Child 2]",
                "bulk add: true [x, b] [b, x]",
                "bulk contains: true false",
                "bulk toggle: [x, b] [x]",
                "bulk replace: true [y, b]",
                "bulk remove: true [b]",
                "bulk clear: true",
                "bulk style: [green, green, green] [2px, 2px, 2px]",
                "bulk style remove: [null, null, null]",
                "values: [first, second]",
                "values set: [same, same]",
                "value of a div: [v, null]",
                "value on a div: IllegalArgumentException: <div> has no property 'value'; known properties: "
                        + GLOBALS,
                "empty: [] 0 []",
                "of list: 2"),
                "style", "combined", "bulk style", "bulk style remove");
        assertEquals(List.of("Plain <b>text</b>", "Plain <b>text</b>", "Plain <b>text</b>"),
                page.texts(".multi-elems"));
        assertEquals(List.of("same", "same"), List.of(page.eval("document.querySelectorAll('.bulk-value')[0].value"),
                page.eval("document.querySelectorAll('.bulk-value')[1].value")));
    }

    @BothLanes
    void inputValuesReadAndWrite(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "input", List.of(
                "test_rr_input_text: text Content test_rr_input_text -> New Value text New Value text",
                "test_rr_input_button: button Content test_rr_input_button -> New Value button New Value button",
                "test_rr_input_email: email Content test_rr_input_email -> New Value email New Value email",
                "test_rr_input_password: password Content test_rr_input_password -> New Value password"
                        + " New Value password"));
    }

    @BothLanes
    void selectOptionsAddRemoveClearAndSelected(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "select", List.of(
                "iterate: [1=Option 1, 2=Option 2]",
                "size: 2",
                "selected: 2 Option 2 true",
                "clear: 3 -> 0",
                "empty: 0 null",
                "add: [1=Option 1]",
                "add blank: [1=Option 1, =]",
                "before an index: [1=Option 1, 2=Option 2, =]",
                "before an option: [1=Option 1, 2=Option 2, 3=Option 3, =] false true 3",
                "before a DOM option: [1=Option 1, 2=Option 2, 2a=Option 2a, 3=Option 3, =]",
                "before the size: the &lt;end&gt;",
                "before null: last",
                "before 99: IndexOutOfBoundsException: option index 99 is out of range: <select> has 7 options",
                "before a string: IllegalArgumentException: 'before' is an option index, an option or null,"
                        + " not a java.lang.String",
                "get(42): IndexOutOfBoundsException: option index 42 is out of range: <select> has 7 options",
                "before remove: [1=Option 1, 2=Option 2, 3=Option 3, 4=Option 4]",
                "remove(1): 2 [1=Option 1, 3=Option 3, 4=Option 4]",
                "iterator remove: [1=Option 1, 4=Option 4]",
                "made: [apple=apple, 2=pear, p=plum] apple",
                "datalist: [b=b, c=C]",
                "datalist clear: 0",
                "optgroup: [x=x, w=W, y=y] in select [x=x, w=W, y=y, z=z]",
                "select with groups: [x=x, v=V, w=W, y=y, z=z] 4"));
        assertEquals("3", page.eval("document.getElementById('test_select_element').value"),
                "the option added with selected(true) is the select's value");
        assertEquals(List.of("1", "4"), List.of(
                page.eval("document.getElementById('test_select_element_to_remove').options[0].value"),
                page.eval("document.getElementById('test_select_element_to_remove').options[1].value")));
        assertEquals(2, ((Number) page.eval("document.getElementById('test_select_element_to_remove').options.length"))
                .intValue());
    }

    @BothLanes
    void badInputIsAnExceptionThatSaysWhatWasWrong(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        List<String> lines = lines(page, "errors");
        assertEquals(List.of(
                "factory property: IllegalArgumentException: <div> has no property 'colour'; known properties: "
                        + GLOBALS,
                "update property: IllegalArgumentException: <div> has no property 'colour'; known properties: "
                        + GLOBALS,
                "typed property: IllegalArgumentException: <a> has no property 'hreff'; known properties: href,"
                        + " type, download, hreflang, ping, referrerPolicy, rel, target; and on every element: "
                        + GLOBALS,
                "read property: IllegalArgumentException: <div> has no property 'colour'; known properties: "
                        + GLOBALS),
                lines.subList(0, 4));
        assertTrue(lines.get(4).startsWith("read-only property: IllegalArgumentException: cannot set <div>.tagName: "),
                lines.get(4));
        assertEquals(List.of(
                "child: IllegalArgumentException: cannot append a java.lang.StringBuilder to <div>:" + CHILD_KINDS,
                "void child: IllegalArgumentException: <input> is a void element and takes no children,"
                        + " but was given the text \"text\"",
                "index: IndexOutOfBoundsException: index 0 is out of range for a collection of 0 elements",
                "typed view: IllegalArgumentException: <div> cannot be viewed as <input>: view it as a plain Element"),
                lines.subList(5, 9));
        assertTrue(lines.get(9).startsWith("selector: IllegalArgumentException: '##' is not a valid CSS selector: "),
                lines.get(9));
        assertTrue(lines.get(10).startsWith(
                "element selector: IllegalArgumentException: 'a[' is not a valid CSS selector: "), lines.get(10));
        assertEquals(List.of(
                "props: IllegalArgumentException: props(...) takes name, value pairs; got 1 arguments",
                "props name: IllegalArgumentException: props(...) takes String names, not a java.lang.Integer"
                        + " at position 0",
                "classes: IllegalArgumentException: classes are a String, or an Iterable or array of Strings,"
                        + " not a java.lang.Integer",
                "wrap: IllegalArgumentException: Element.wrap takes a DOM element, not a node named #text",
                "tag: IllegalArgumentException: 'div' is not one of <del>, <ins>"),
                lines.subList(11, lines.size()));
    }
}
