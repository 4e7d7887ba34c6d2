package io.github.pekoe.pagecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON grammar of the config rule: what {@code JSON.parse} accepts, and where it stops otherwise. */
class JsonSyntaxTest {
    @ParameterizedTest
    @ValueSource(strings = {"{}", " { \"a\" : [1, -0.5e+3, true, false, null, \"\\u00e9\\n\\\\\"] }\n", "[]", "\"s\"",
        "0", "{\"a\": {\"b\": {}}, \"a\": 1}"})
    void acceptsWhatJsonParseAccepts(String text) {
        assertNull(JsonSyntax.problem(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'a': 1}|1|expected a property name in double quotes, found \"'\" (JSON strings take double quotes)",
        "{\"a\": 1,}|8|a comma before '}': JSON allows no trailing comma",
        "[1 2]|3|expected ',' or ']' after an array element, found '2'",
        "{\"a\" 1}|5|expected ':' after the property name, found '1'",
        "01|1|unexpected '1' after the JSON value",
        "{\"a\": tru}|6|unexpected 't' where a value is expected",
        "{\"a\": \"x|6|a string that is never closed",
        "|0|the text ends where a value is expected",
        "{\"a\": 1.}|8|expected a digit after '.', found '}'",
        "{\"a\": \"\\x\"}|8|an invalid escape in a string",
        "// no comments\\n{}|0|unexpected '/' where a value is expected"})
    void findsTheFirstProblemAndWhereItIs(String text, int offset, String message) {
        JsonSyntax.Problem problem = JsonSyntax.problem(text == null ? "" : text.replace("\\n", "\n"));
        assertEquals(new JsonSyntax.Problem(offset, message), problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"[1]|an array", "\"s\"|a string", "3|a number", "true|true", "null|null"})
    void namesWhatIsNotAnObjectAsTheRuntimeDoes(String text, String kind) {
        assertEquals(kind, JsonSyntax.kindOf(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"js_modules\": {}}|1",
        "{\"a\": {\"js_modules\": 1}, \"js_modules\": 2}|25",
        "{\"js\\u005fmodules\": 1}|1",
        "{\"a\": {\"js_modules\": 1}}|-1",
        "{\"js_modules_x\": 1}|-1",
        "[\"js_modules\"]|-1",
        "{\"js_modules\": 1,}|-1"})
    void findsATopLevelKeyOnlyInAnObjectThatIsJson(String text, int offset) {
        assertEquals(offset, JsonSyntax.keyOffset(text, "js_modules"));
    }
}
