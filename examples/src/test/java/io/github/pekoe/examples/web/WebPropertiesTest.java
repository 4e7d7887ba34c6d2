package io.github.pekoe.examples.web;

import static io.github.pekoe.examples.web.WebPageTest.assertLines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;
import io.github.pekoe.testing.PagePerLane;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The global element properties (HtmlUnit keeps them as properties but reflects few to attributes,
 * knows no popover and accepts any contentEditable: those lines are checked in Chromium only), innerText, dataset, replaceChildren, the typed lookup, numbers as
 * values and select's clear (WebPropertyFixtures in {@code web-more.html}).
 */
class WebPropertiesTest {
    @RegisterExtension
    static final PagePerLane PAGES = new PagePerLane("/test/web-more.html");

    @BothLanes
    void globalPropertiesAreTypedAndReachTheAttributes(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "globals", List.of(
                "booleans: true true false",
                "boolean attributes: true true no",
                "strings: words true send numeric s1",
                "string attributes: words true send numeric s1",
                "nonce: n0nce",
                "no popover: null",
                "popover: manual manual",
                "popover auto: auto",
                "popover removed: null false",
                "no part: ''",
                "part: label big | label big",
                "the others: k true true fr false 2 t rtl",
                "their attributes: k true true fr false 2 t rtl",
                "typed chain: InputElement email you@",
                "contentEditable banana: IllegalArgumentException: cannot set <div>.contentEditable: Failed to set the"
                        + " 'contentEditable' property on 'HTMLElement': The value provided ('banana') is not one of"
                        + " 'true', 'false', 'plaintext-only', or 'inherit'."),
                "boolean attributes", "string attributes", "popover auto", "their attributes", "contentEditable banana");
        assertEquals("true", page.attr("#globals-el", "contenteditable"));
    }

    @BothLanes
    void innerTextDatasetAndReplaceChildren(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "text", List.of(
                "innerText set: line 1<br>line 2",
                "innerText read: line 1|line 2",
                "text collapses: line 1line 2",
                "innerText of markup: &lt;b&gt;bold&lt;/b&gt;",
                "dataset get: 7 null",
                "dataset put: Pekoe",
                "dataset map: {userId=7, teaName=Pekoe} 2 true",
                "dataset remove: false [teaName]",
                "dataset bad key: IllegalArgumentException: 'tea-name' is not a dataset key: a hyphen before a"
                        + " lower-case letter; write it in camel case",
                "replaceChildren: <span>c</span>d",
                "replace with its own: <p>k</p>",
                "replace with nothing: ''"));
        assertEquals("Pekoe", page.eval("document.getElementById('data-el').dataset.teaName"));
    }

    @BothLanes
    void typedLookupNumbersAsValuesAndSelectClear(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "lookup", List.of(
                "typed get: Ada typed-name",
                "typed missing: null",
                "typed wrong: IllegalArgumentException: <select> cannot be viewed as <input>: view it as a plain Element",
                "number value: 3",
                "fraction value: 2.5",
                "number input: 42",
                "select clear: 2 0 0"));
        assertEquals("2.5", page.eval("document.getElementById('typed-name').value"));
    }
}
