package io.github.pekoe.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;
import io.github.pekoe.testing.PagePerLane;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** PyScript's ffi behaviours (to_js, to_java, is_none, assign), run by WebFfiFixtures in web-ffi.html. */
class WebFfiTest {
    @RegisterExtension
    static final PagePerLane PAGES = new PagePerLane("/test/web-ffi.html");

    @BothLanes
    void toJavaMakesMapsListsNumbersAndBytes(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertEquals(List.of(
                "nested: LinkedHashMap{a=1 Long, b=ArrayList[1 Long, 2.5 Double, x String, true Boolean, null],"
                        + " c=LinkedHashMap{d=e String}}",
                "integer: 42 Long",
                "fraction: 2.5 Double",
                "tooBig: 9.007199254740992E15 Double",
                "negativeZero: -0.0 Double",
                "text: tea String",
                "flag: false Boolean",
                "nothing: null",
                "missing: null",
                "bytes: byte[0, 127, -128, -1]",
                "emptyArray: ArrayList[]",
                "emptyObject: LinkedHashMap{}",
                "date: JavaScript [object Date]",
                "whole: true"), WebPageTest.lines(page, "to-java"));
    }

    @BothLanes
    void toJsMakesPlainObjectsArraysAndUint8Arrays(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertEquals(List.of(
                "nested: {\"a\":1,\"b\":[1,2.5,\"x\",true],\"c\":{\"d\":\"e\"},\"n\":null}",
                "round trip: LinkedHashMap{a=1 Long, b=ArrayList[1 Long, 2.5 Double, x String, true Boolean],"
                        + " c=LinkedHashMap{d=e String}, n=null}",
                "values: [\"s\",\"c\",7,7,2.5,2.5,false]",
                "array and set: [1,\"two\"] [\"x\",\"y\"]",
                "null: null",
                "a JavaScript value stays: true",
                "an object: IllegalArgumentException: Ffi.toJs cannot convert a java.lang.StringBuilder: give a Map,"
                        + " Iterable, array, byte[], String, number, Boolean, null or a JavaScript object"),
                WebPageTest.lines(page, "to-js"));
        assertEquals(Boolean.TRUE, page.eval("window.ffiBytes instanceof Uint8Array"));
        assertEquals("[0,127,128,255]", page.eval("JSON.stringify(Array.from(window.ffiBytes))"));
        assertEquals(Boolean.TRUE, page.eval("Object.getPrototypeOf(window.ffiNested) === Object.prototype"),
                "a Map becomes a plain object, not a JavaScript Map");
        assertEquals(Boolean.TRUE, page.eval("Array.isArray(window.ffiNested.b)"));
        assertEquals("P", page.eval("window.ffiElement.tagName"), "an Element becomes its DOM node");
    }

    @BothLanes
    void protoKeysStayKeysAndCyclesOrDeepNestingAreClearErrors(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        String toJs = "IllegalArgumentException: Ffi.toJs cannot convert maps, lists or arrays nested more than 512"
                + " levels deep (does one contain itself?)";
        String toJava = "IllegalArgumentException: JavaScript data nested over 512 levels deep (or containing itself)";
        assertEquals(List.of(
                "__proto__ stays a key: {\"__proto__\":{\"isAdmin\":true}}",
                "nothing inherited: true",
                "and comes back: LinkedHashMap{__proto__=LinkedHashMap{isAdmin=true Boolean}}",
                "a list that contains itself: " + toJs,
                "10,000 nested lists: " + toJs,
                "an object that contains itself: " + toJava,
                "10,000 nested arrays: " + toJava,
                "512 nested arrays: true"),
                WebPageTest.lines(page, "hostile"));
    }

    @BothLanes
    void isNoneIsTrueForNullAndUndefinedOnly(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertEquals(List.of(
                "Java null: true",
                "JavaScript null: true",
                "JavaScript undefined: true",
                "falsy values: false false false false false false false false"),
                WebPageTest.lines(page, "is-none"));
    }

    @BothLanes
    void assignMergesSourcesIntoTheTarget(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertEquals(List.of(
                "returns the target: true",
                "single source: {\"a\":2,\"keep\":\"kept\",\"b\":3}",
                "several sources: {\"a\":2,\"keep\":\"kept\",\"b\":3,\"c\":4,\"d\":[5],\"e\":\"six\"}",
                "empty target: {\"x\":1}",
                "null target: IllegalArgumentException: Ffi.assign needs a target object, not null",
                "bad source: IllegalArgumentException: Ffi.toJs cannot convert a java.lang.Object: give a Map,"
                        + " Iterable, array, byte[], String, number, Boolean, null or a JavaScript object"),
                WebPageTest.lines(page, "assign"));
    }
}
