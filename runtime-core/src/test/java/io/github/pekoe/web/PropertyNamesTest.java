package io.github.pekoe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The names people write for properties, and the DOM names they become: the whole table. */
class PropertyNamesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "class, className", "for, htmlFor", "class_, className", "for_, htmlFor",
        "accept-charset, acceptCharset", "http-equiv, httpEquiv",
        "accesskey, accessKey", "allowfullscreen, allowFullscreen", "colspan, colSpan",
        "contenteditable, contentEditable", "controlslist, controlsList", "crossorigin, crossOrigin",
        "datetime, dateTime", "dirname, dirName", "disablepictureinpicture, disablePictureInPicture",
        "disableremoteplayback, disableRemotePlayback", "enterkeyhint, enterKeyHint", "fetchpriority, fetchPriority",
        "formaction, formAction", "formenctype, formEnctype", "formmethod, formMethod",
        "formnovalidate, formNoValidate", "formtarget, formTarget", "imagesizes, imageSizes",
        "imagesrcset, imageSrcset", "inputmode, inputMode", "ismap, isMap", "maxlength, maxLength",
        "minlength, minLength", "nomodule, noModule", "novalidate, noValidate", "playsinline, playsInline",
        "popovertarget, popoverTarget", "popovertargetaction, popoverTargetAction", "readonly, readOnly",
        "referrerpolicy, referrerPolicy", "rowspan, rowSpan", "shadowrootmode, shadowRootMode",
        "tabindex, tabIndex", "usemap, useMap", "virtualkeyboardpolicy, virtualKeyboardPolicy",
        "TABINDEX, tabIndex", "readOnly, readOnly", "tabIndex, tabIndex",
        "href, href", "value, value", "innerHTML, innerHTML", "textContent, textContent", "id, id",
        "autofocus, autofocus", "srcdoc, srcdoc", "srclang, srclang", "hreflang, hreflang",
        "font-size, fontSize", "a-b-c, aBC", "_, _", "x_, x"})
    void normalizesToTheDomName(String written, String dom) {
        assertEquals(dom, PropertyNames.normalize(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"href", "value", "readOnly", "title", "maxlengthx", "read", ""})
    void namesWithoutAnAttributeSpellingHaveNone(String name) {
        assertNull(PropertyNames.fromAttribute(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"data-id", "data-", "aria-label"})
    void dataAndAriaNamesAreAttributes(String name) {
        assertTrue(PropertyNames.isAttribute(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "dataset", "ariaLabel", "for", "class"})
    void otherNamesAreProperties(String name) {
        assertFalse(PropertyNames.isAttribute(name));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"accept-charset, acceptCharset", "-webkit-x, webkitX", "a--b, aB", "plain, plain", "x-, x"})
    void camelCaseJoinsHyphenatedWords(String written, String camel) {
        assertEquals(camel, PropertyNames.camelCase(written));
    }
}
