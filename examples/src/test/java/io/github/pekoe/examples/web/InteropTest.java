package io.github.pekoe.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;
import java.util.List;

/** Dynamic JavaScript values (JsValue) and Java callbacks (JsCallback), run by InteropFixtures in interop.html. */
class InteropTest {
    private static BrowserPage open(Lane lane) {
        BrowserPage page = lane.load(TestSite.url("/test/interop.html"));
        page.waitForAllDone();
        page.waitFor("document.querySelectorAll('#log > div').length >= 1");
        return page;
    }

    private static List<String> log(BrowserPage page) {
        return page.texts("#log > div");
    }

    @BothLanes
    void typedReadsConvertJavaScriptValuesOrNameTheMismatch(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(List.of(
                    "asString: tea",
                    "asInt: 42",
                    "asLong: 42",
                    "asDouble: 2.5",
                    "asBoolean: true",
                    "asBytes: byte[0, 127, -128, -1]",
                    "asList: ArrayList[1 Long, two String, ArrayList[3 Long]]",
                    "asMap: LinkedHashMap{a=1 Long, b=LinkedHashMap{c=d String}}",
                    "toJava: LinkedHashMap{a=1 Long, b=LinkedHashMap{c=d String}}",
                    "toJava of a number: 2.5 Double",
                    "none: true true false false",
                    "asString of null: null",
                    "typeOf: string number boolean object object undefined function",
                    "index: two",
                    "string length: 3",
                    "as a JSO type: BODY",
                    "name: globalThis.interop.object.b",
                    "toString: 42 [object Object]",
                    "asInt of a string: JsException: globalThis.interop.text is string, not a number",
                    "asInt of a fraction: JsException: globalThis.interop.fraction is 2.5, not a whole number"
                            + " JavaScript holds exactly",
                    "asInt of a long: JsException: globalThis.interop.large is 3000000000, outside the range of an int",
                    "asLong of 2^53 + 1: JsException: globalThis.interop.tooBig is 9007199254740992, not a whole number"
                            + " JavaScript holds exactly",
                    "asString of a number: JsException: globalThis.interop.count is number, not a string",
                    "asBoolean of null: JsException: globalThis.interop.nothing is null, not a boolean",
                    "asBytes of an array: JsException: globalThis.interop.list is array, not a Uint8Array",
                    "asMap of a Date: JsException: globalThis.interop.date is object, not a plain object",
                    "asList of an object: JsException: globalThis.interop.object is object, not an array"),
                    WebPageTest.lines(page, "read"));
            assertEquals(List.of(), page.banners());
        }
    }

    @BothLanes
    void argumentsAndSetValuesConvertAsFfiToJsDoes(Lane lane) {
        try (BrowserPage page = open(lane)) {
            WebPageTest.assertLines(page, lane, "write", List.of(
                    "describe: Object {\"a\":1,\"b\":[\"x\",2.5,true],\"n\":null}",
                    "describe: Array [1,\"two\"]",
                    "describe: String \"tea\"",
                    "describe: String \"c\"",
                    "describe: Number 7",
                    "describe: Number 8",
                    "describe: Number 2.5",
                    "describe: Number 1.5",
                    "describe: Number 3",
                    "describe: Number 4",
                    "describe: Boolean true",
                    "describe: Boolean false",
                    "describe: Uint8Array [0,127,128,255]",
                    "describe: Null null",
                    "describe: Array [\"x\",1]",
                    "describe: Object {\"c\":\"d\"}",
                    "describe: function",
                    "several arguments: 4: String \"a\", Number 1, Null null, Array []",
                    "no arguments: 0: ",
                    "set: Object {\"a\":1,\"b\":[\"x\",2.5,true],\"n\":null} set from Java",
                    "JsValue.of a Map: Object {\"k\":\"v\"}",
                    "JsValue.of a JsValue: tea",
                    "JsValue.named: chart",
                    "an object: IllegalArgumentException: Ffi.toJs cannot convert a java.lang.StringBuilder: give a Map,"
                            + " Iterable, array, byte[], String, number, Boolean, null or a JavaScript object",
                    "JsValue.of an object: IllegalArgumentException: Ffi.toJs cannot convert a java.lang.Object: give a"
                            + " Map, Iterable, array, byte[], String, number, Boolean, null or a JavaScript object",
                    "set on a frozen object: JsException: cannot set globalThis.interop.frozen.x: the property is"
                            + " read-only",
                    "set on a string: JsException: cannot set globalThis.interop.text.x: globalThis.interop.text is"
                            + " string, not an object",
                    "set under a missing property: JsException: globalThis.interop.nope is missing:"
                            + " globalThis.interop has no property 'nope'",
                    "set a throwing setter: JsException: setting globalThis.interop.guarded.value threw RangeError:"
                            + " value must not be negative",
                    "set an empty name: IllegalArgumentException: the path 'written.' has an empty property name"),
                    "set on a frozen object");
            if (lane == Lane.HTMLUNIT) {
                assertTrue(WebPageTest.lines(page, "write").contains("set on a frozen object: JsException: setting"
                        + " globalThis.interop.frozen.x threw TypeError: Cannot add properties to this object because"
                        + " extensible is false."), "HtmlUnit's Reflect.set throws where browsers return false");
            }
            assertEquals("[1,2,3]", page.eval("JSON.stringify(window.fromJava)"));
            assertEquals("set from Java", page.eval("window.interop.written.text"));
            assertEquals(Boolean.TRUE, page.eval("Object.getPrototypeOf(window.interop.written.map) === Object.prototype"));
        }
    }

    @BothLanes
    void callsBindThisConstructAndNameMissingPathsAndNonFunctions(Lane lane) {
        try (BrowserPage page = open(lane)) {
            List<String> lines = WebPageTest.lines(page, "calls");
            assertEquals(List.of(
                    "this binding: inner",
                    "this binding, one level: nested",
                    "add: 5 ab",
                    "invoke: 3",
                    "invoke binds no this: not bound",
                    "Math.max: 7",
                    "a method of a string: TEA",
                    "construct: 25",
                    "construct Date: 0",
                    "construct with a map: v",
                    "undefined result: true undefined",
                    "has: true true false false false true",
                    "a missing property: JsException: globalThis.interop.nope is missing: globalThis.interop has no"
                            + " property 'nope'",
                    "a missing property deeper: JsException: globalThis.interop.nested.nope is missing:"
                            + " globalThis.interop.nested has no property 'nope'",
                    "reading through null: JsException: cannot read globalThis.interop.nothing.x:"
                            + " globalThis.interop.nothing is null",
                    "reading through undefined: JsException: cannot read globalThis.interop.undefinedValue.x:"
                            + " globalThis.interop.undefinedValue is undefined",
                    "calling a missing function: JsException: globalThis.interop.nested.nope is missing:"
                            + " globalThis.interop.nested has no property 'nope'",
                    "calling a string: JsException: cannot call globalThis.interop.text: it is string, not a function",
                    "calling an object: JsException: cannot call globalThis.interop.object: it is object, not a function",
                    "calling a function that throws: JsException: globalThis.interop.fail() threw TypeError: bad input x",
                    "what it threw: TypeError bad input x",
                    "throwing a string: JsException: globalThis.interop.failWithText() threw plain text",
                    "a getter that throws: JsException: reading globalThis.interop.guarded.secret threw Error: no access",
                    "constructing an object: JsException: cannot construct globalThis.interop.object: it is object,"
                            + " not a function",
                    "constructing a non-constructor: JsException: new globalThis.Math.max() threw TypeError:",
                    "an empty path: IllegalArgumentException: the path '' has an empty property name",
                    "an empty name: IllegalArgumentException: the path 'nested..inner' has an empty property name",
                    "calling an empty name: IllegalArgumentException: the path 'nested.' has an empty property name"),
                    lines);
        }
    }

    @BothLanes
    void callbacksAreCalledLaterAndManyTimesWithConvertedArgumentsAndResults(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals(List.of(
                    "released before: false",
                    "released after: true",
                    "called from Java: ArrayList[2 Long, 4 Long, 6 Long]",
                    "default name: true",
                    "in Ffi.toJs: Object {}",
                    "typed function: function"), WebPageTest.lines(page, "callbacks"));
            assertEquals(List.of("called by setTimeout: 2"), log(page), "a callback JavaScript called later");
            page.eval("setTimeout(function () { cbLater('from a timer'); }, 0)");
            page.waitFor("document.querySelectorAll('#log > div').length >= 2");
            assertEquals("later: from a timer", log(page).get(1));
            assertEquals(Long.valueOf(500), page.eval("(function () { var r; for (var i = 0; i < 500; i++) r = cbCount();"
                    + " return r; })()"), "500 calls, each returning its result");
            assertEquals("[\"back\",7,{\"ok\":true}]", page.eval("JSON.stringify(cbArgs('s', 2, 2.5, true, null,"
                    + " [1, 'x'], {a: {b: 1}}))"));
            page.eval("cbArgs(new Uint8Array([1, 255]), undefined)");
            assertEquals(List.of("args: 7 s String, 2 Long, 2.5 Double, true Boolean, null, ArrayList[1 Long, x String],"
                    + " LinkedHashMap{a=LinkedHashMap{b=1 Long}}", "args: 2 byte[1, -1], null"), log(page).subList(2, 4));
            assertEquals(List.of(), page.banners());
        }
    }

    @BothLanes
    void aReleasedCallbackThrowsAnErrorNamingIt(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals("Error: the Java callback 'gone' was released, so it cannot be called; make a new JsCallback",
                    page.eval("(function () { try { cbGone(); return 'no error'; } catch (e) { return e.name + ': '"
                            + " + e.message; } })()"));
            assertEquals(Boolean.TRUE, page.eval("typeof cbGone === 'function'"));
            assertTrue(log(page).stream().noneMatch(line -> line.startsWith("gone")), log(page).toString());
        }
    }

    @BothLanes
    void aThrowingCallbackIsABannerAndTheNextCallStillWorks(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals("undefined", page.eval("String(cbThrows())"));
            assertEquals("undefined", page.eval("String(cbThrows())"));
            List<String> banners = page.banners();
            assertEquals(2, banners.size(), banners.toString());
            assertTrue(banners.get(0).startsWith("JsCallback 'throws': java.lang.IllegalStateException: callback failed 1"), banners.get(0));
            assertTrue(banners.get(1).startsWith("JsCallback 'throws': java.lang.IllegalStateException: callback failed 2"), banners.get(1));
            assertEquals(Long.valueOf(1), page.eval("cbCount()"), "the other callbacks keep working");
            page.eval("cbBadResult()");
            assertEquals(3, page.banners().size(), page.banners().toString());
            assertTrue(page.banners().get(2).contains("Ffi.toJs cannot convert a java.lang.StringBuilder"),
                    page.banners().get(2));
        }
    }

    @BothLanes
    void aBlockingCallbackRunsOnItsOwnHandlerThread(Lane lane) {
        try (BrowserPage page = open(lane)) {
            assertEquals("undefined", page.eval("String(cbSleeps('first'))"), "JavaScript does not wait for it");
            assertEquals("undefined", page.eval("String(cbSleeps('second'))"));
            assertEquals(Long.valueOf(1), page.eval("cbCount()"), "others run while two callbacks block");
            page.eval("(window.__gates = window.__gates || {})['second'] = true");
            page.waitFor("Array.from(document.querySelectorAll('#log > div')).some(function (d) {"
                    + " return d.textContent === 'sleeps finished: second'; })");
            page.eval("window.__gates['first'] = true");
            page.waitFor("Array.from(document.querySelectorAll('#log > div')).some(function (d) {"
                    + " return d.textContent === 'sleeps finished: first'; })");
            page.eval("cbFetches()");
            page.waitFor("Array.from(document.querySelectorAll('#log > div')).some(function (d) {"
                    + " return d.textContent.indexOf('fetched: ') === 0; })");
            List<String> log = log(page);
            assertEquals(List.of("called by setTimeout: 2", "sleeps started: first", "sleeps started: second",
                    "sleeps finished: second", "sleeps finished: first",
                    "fetched: {\"from\": \"a file\", \"count\": 3}"), log);
            assertEquals(List.of(), page.banners());
        }
    }
}
