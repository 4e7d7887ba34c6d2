package io.github.pekoe.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    // ---------------------------------------------------------------------------------------------
    // Helpers

    private static JsonException fails(String text) {
        return assertThrows(JsonException.class, () -> Json.parse(text), () -> "should reject: " + text);
    }

    /** Asserts that text is rejected at a line and column, with a message that contains a fragment. */
    private static JsonException fails(String text, int line, int column, String fragment) {
        JsonException e = fails(text);
        String prefix = "invalid JSON at line " + line + ", column " + column + ": ";
        assertTrue(e.getMessage().startsWith(prefix), () -> "message " + e.getMessage() + " should start with " + prefix);
        assertTrue(e.getMessage().contains(fragment), () -> "message " + e.getMessage() + " should contain " + fragment);
        return e;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String repeat(String s, int times) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < times; i++) {
            out.append(s);
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Values

    @Test
    void parsesLiterals() {
        assertEquals(Boolean.TRUE, Json.parse("true"));
        assertEquals(Boolean.FALSE, Json.parse("false"));
        assertNull(Json.parse("null"));
        assertEquals(Boolean.TRUE, Json.parse(" \t\r\n true \n"));
    }

    @Test
    void parsesStrings() {
        assertEquals("", Json.parse("\"\""));
        assertEquals("hello world", Json.parse("\"hello world\""));
        assertEquals("héllo ✓ 😀", Json.parse("\"héllo ✓ 😀\""));
        assertEquals("a'b", Json.parse("\"a'b\""));
        assertEquals("\u007f\u2028", Json.parse("\"\u007f\u2028\""));
    }

    @Test
    void parsesEscapes() {
        assertEquals("\" \\ / \b \f \n \r \t", Json.parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\""));
        assertEquals("A\u00e9\u0000\u001f", Json.parse("\"\\u0041\\u00E9\\u0000\\u001f\""));
        assertEquals("x\ny", Json.parse("\"x\\ny\""));
        assertEquals("\\n", Json.parse("\"\\\\n\""));
    }

    @Test
    void parsesSurrogatePairs() {
        String s = (String) Json.parse("\"\\uD83D\\uDE00 \\ud834\\udd1e\"");
        assertEquals("\uD83D\uDE00 \uD834\uDD1E", s);
        assertEquals(0x1F600, s.codePointAt(0));
        assertEquals("😀", Json.parse("\"😀\""));
    }

    @Test
    void rejectsUnpairedSurrogateEscapes() {
        fails("\"\\uD83D\"", 1, 2, "unpaired surrogate \\uD83D in a string; a high surrogate must be followed");
        fails("\"\\uD83Dx\"", 1, 2, "unpaired surrogate \\uD83D");
        fails("\"\\uD83D\\u0041\"", 1, 2, "unpaired surrogate \\uD83D");
        fails("\"ab\\uDE00\"", 1, 4, "unpaired surrogate \\uDE00 in a string; a low surrogate must follow");
    }

    @Test
    void parsesIntegersAsLong() {
        assertEquals(0L, Json.parse("0"));
        assertEquals(42L, Json.parse("42"));
        assertEquals(-7L, Json.parse("-7"));
        assertInstanceOf(Long.class, Json.parse("123"));
        Object minusZero = Json.parse("-0");
        assertInstanceOf(Long.class, minusZero);
        assertEquals(0L, minusZero);
    }

    @Test
    void longBoundaries() {
        assertEquals(Long.MAX_VALUE, Json.parse("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, Json.parse("-9223372036854775808"));
        assertEquals(999999999999999999L, Json.parse("999999999999999999"));
        Object tooBig = Json.parse("9223372036854775808");
        assertInstanceOf(Double.class, tooBig);
        assertEquals(9.223372036854775808E18, tooBig);
        Object tooSmall = Json.parse("-9223372036854775809");
        assertInstanceOf(Double.class, tooSmall);
        assertEquals(-9.223372036854775809E18, tooSmall);
        assertInstanceOf(Double.class, Json.parse("10000000000000000000"));
        assertInstanceOf(Double.class, Json.parse("123456789012345678901234567890"));
    }

    @Test
    void parsesFractionsAndExponentsAsDouble() {
        assertEquals(1.0, Json.parse("1.0"));
        assertInstanceOf(Double.class, Json.parse("1.0"));
        assertEquals(100.0, Json.parse("1e2"));
        assertInstanceOf(Double.class, Json.parse("1e2"));
        assertEquals(100.0, Json.parse("1E+2"));
        assertEquals(0.01, Json.parse("1e-2"));
        assertEquals(-0.5, Json.parse("-0.5"));
        assertEquals(-1.25e-3, Json.parse("-1.25E-3"));
        assertEquals(0.0, Json.parse("0e0"));
        Object negativeZero = Json.parse("-0.0");
        assertEquals(Double.valueOf(-0.0), negativeZero);
        assertEquals(Double.MAX_VALUE, Json.parse("1.7976931348623157e308"));
        assertEquals(Double.MIN_VALUE, Json.parse("4.9e-324"));
    }

    @Test
    void rejectsNumbersTooLargeForADouble() {
        fails("1e400", 1, 1, "the number 1e400 is too large for a double");
        fails("[ -1e999]", 1, 3, "the number -1e999 is too large for a double");
    }

    @Test
    void parsesArrays() {
        assertEquals(List.of(), Json.parse("[]"));
        assertEquals(List.of(), Json.parse("[ \n ]"));
        Object value = Json.parse("[1, \"two\", true, false, 3.5, [], {}]");
        assertInstanceOf(ArrayList.class, value);
        assertEquals(Arrays.asList(1L, "two", true, false, 3.5, List.of(), Map.of()), value);
        assertEquals(Arrays.asList(null, null), Json.parse("[null,null]"));
    }

    @Test
    void parsesObjects() {
        assertEquals(Map.of(), Json.parse("{}"));
        assertEquals(Map.of(), Json.parse("{ \t }"));
        Object value = Json.parse("{\"a\": 1, \"b\": [true, null], \"c\": {\"d\": \"e\"}, \"\": 0}");
        assertInstanceOf(LinkedHashMap.class, value);
        assertEquals(map("a", 1L, "b", Arrays.asList(true, null), "c", map("d", "e"), "", 0L), value);
        Map<?, ?> withNull = (Map<?, ?>) Json.parse("{\"x\":null}");
        assertTrue(withNull.containsKey("x"));
        assertNull(withNull.get("x"));
    }

    @Test
    void keepsInsertionOrder() {
        Map<?, ?> value = (Map<?, ?>) Json.parse("{\"z\":1,\"a\":2,\"m\":3,\"b\":4,\"y\":5,\"c\":6}");
        assertEquals(List.of("z", "a", "m", "b", "y", "c"), new ArrayList<>(value.keySet()));
    }

    @Test
    void duplicateKeyLastValueWins() {
        Map<?, ?> value = (Map<?, ?>) Json.parse("{\"a\":1,\"b\":2,\"a\":3}");
        assertEquals(2, value.size());
        assertEquals(3L, value.get("a"));
        assertEquals(List.of("a", "b"), new ArrayList<>(value.keySet()));
    }

    @Test
    void escapedKeys() {
        Map<?, ?> value = (Map<?, ?>) Json.parse("{\"a\\\"b\\u00e9\":true}");
        assertEquals(Boolean.TRUE, value.get("a\"bé"));
    }

    @Test
    void parsesNestedStructures() {
        String text = "{\n  \"users\": [\n    {\"name\": \"Ann\", \"tags\": [\"a\", \"b\"], \"age\": 31},\n"
                + "    {\"name\": \"Bob\", \"tags\": [], \"age\": null}\n  ],\n  \"meta\": {\"count\": 2, \"ok\": true}\n}";
        Object expected = map(
                "users", Arrays.asList(
                        map("name", "Ann", "tags", List.of("a", "b"), "age", 31L),
                        map("name", "Bob", "tags", List.of(), "age", null)),
                "meta", map("count", 2L, "ok", true));
        assertEquals(expected, Json.parse(text));
    }

    @Test
    void acceptsNestingOf512Levels() {
        String text = repeat("[", 512) + "1" + repeat("]", 512);
        Object value = Json.parse(text);
        for (int i = 0; i < 511; i++) {
            value = ((List<?>) value).get(0);
        }
        assertEquals(List.of(1L), value);
        String objects = repeat("{\"a\":", 512) + "1" + repeat("}", 512);
        assertInstanceOf(Map.class, Json.parse(objects));
    }

    @Test
    void rejectsNestingDeeperThan512Levels() {
        JsonException e = fails(repeat("[", 513) + repeat("]", 513), 1, 513,
                "arrays and objects are nested more than 512 levels deep");
        assertEquals(512, e.position());
        fails(repeat("{\"a\":", 513) + "1" + repeat("}", 513), 1, 5 * 512 + 1, "nested more than 512 levels deep");
        // Far deeper input fails the same way instead of overflowing the stack.
        fails(repeat("[", 100_000), 1, 513, "nested more than 512 levels deep");
        fails(repeat("[{\"k\":", 100_000), 1, 1 + 6 * 256, "nested more than 512 levels deep");
    }

    // ---------------------------------------------------------------------------------------------
    // Rejected forms

    @Test
    void rejectsEmptyText() {
        JsonException e = fails("");
        assertEquals("invalid JSON: the text is empty", e.getMessage());
        assertEquals(0, e.position());
        assertEquals("invalid JSON: the text is empty (it holds only whitespace)", fails(" \n\t ").getMessage());
        assertEquals("invalid JSON: the text is null", fails(null).getMessage());
    }

    @Test
    void jsonExceptionIsAnIllegalArgumentException() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("{"));
        assertInstanceOf(JsonException.class, e);
        JsonException direct = new JsonException("boom", 7);
        assertEquals("boom", direct.getMessage());
        assertEquals(7, direct.position());
    }

    @Test
    void rejectsTrailingCommas() {
        JsonException e = fails("[1, 2,]", 1, 7, "expected a value after ',' but found ']' (trailing commas are not allowed)");
        assertEquals(6, e.position());
        fails("{\"a\": 1,\n}", 2, 1,
                "expected a member name in double quotes after ',' but found '}' (trailing commas are not allowed)");
        fails("[1,,2]", 1, 4, "expected a value but found ','");
        fails("[,]", 1, 2, "expected a value but found ','");
        fails("{,}", 1, 2, "expected a member name in double quotes or '}' but found ','");
    }

    @Test
    void rejectsLeadingZeros() {
        JsonException e = fails("01", 1, 1, "expected a number without leading zeros but found '01'");
        assertEquals("invalid JSON at line 1, column 1: expected a number without leading zeros but found '01'",
                e.getMessage());
        fails("[1, -007]", 1, 5, "expected a number without leading zeros but found '-007'");
        fails("00", 1, 1, "leading zeros");
    }

    @Test
    void rejectsMalformedNumbers() {
        fails("+1", 1, 1, "expected a value but found '+' (a JSON number cannot start with '+')");
        fails(".5", 1, 1, "expected a value but found '.' (a JSON number needs a digit before '.')");
        fails("[1, .5]", 1, 5, "expected a value but found '.'");
        fails("-", 1, 2, "expected a digit after '-' but found the end of the text");
        fails("-a", 1, 2, "expected a digit after '-' but found 'a'");
        fails("1.", 1, 3, "expected a digit after the decimal point but found the end of the text");
        fails("1.e5", 1, 3, "expected a digit after the decimal point but found 'e5'");
        fails("1e", 1, 3, "expected a digit in the exponent but found the end of the text");
        fails("1e+", 1, 4, "expected a digit in the exponent but found the end of the text");
        fails("1E-x", 1, 4, "expected a digit in the exponent but found 'x'");
        fails("1.5.3", 1, 4, "expected the end of the text after the JSON value but found '.'");
        fails("0x1F", 1, 2, "expected the end of the text after the JSON value but found 'x1F'");
        fails("１", 1, 1, "expected a value but found '１'");
    }

    @Test
    void rejectsNaNAndInfinity() {
        fails("NaN", 1, 1, "expected a value but found 'NaN' (JSON has no NaN or Infinity)");
        fails("[Infinity]", 1, 2, "expected a value but found 'Infinity' (JSON has no NaN or Infinity)");
        fails("-Infinity", 1, 2, "expected a digit after '-' but found 'Infinity'");
    }

    @Test
    void rejectsBadLiterals() {
        fails("tru", 1, 1, "expected a value but found 'tru' (strings must be in double quotes)");
        fails("True", 1, 1, "expected a value but found 'True' (JSON literals are lower case: true, false, null)");
        fails("[NULL]", 1, 2, "JSON literals are lower case");
        fails("nul", 1, 1, "expected a value but found 'nul'");
        fails("{\"a\": fals}", 1, 7, "expected a value but found 'fals'");
        fails("truex", 1, 5, "expected the end of the text after the JSON value but found 'x'");
        fails("undefined", 1, 1, "expected a value but found 'undefined'");
        fails("hello", 1, 1, "(strings must be in double quotes)");
    }

    @Test
    void rejectsComments() {
        fails("// note\n1", 1, 1, "expected a value but found '/' (JSON does not allow comments)");
        fails("[1, /* two */ 2]", 1, 5, "expected a value but found '/' (JSON does not allow comments)");
        fails("{\"a\": 1 // one\n}", 1, 9,
                "expected ',' or '}' after an object member but found '/' (JSON does not allow comments)");
        fails("1 # hash", 1, 3, "expected the end of the text after the JSON value but found '#'");
    }

    @Test
    void rejectsSingleQuotes() {
        fails("'a'", 1, 1, "expected a value but found \"'\" (JSON strings use double quotes)");
        fails("{'a': 1}", 1, 2, "expected a member name in double quotes or '}' but found \"'\"");
    }

    @Test
    void rejectsUnquotedKeys() {
        fails("{a: 1}", 1, 2, "expected a member name in double quotes or '}' but found 'a'");
        fails("{\"a\" 1}", 1, 6, "expected ':' after the member name \"a\" but found '1'");
        fails("{\"a\"=1}", 1, 5, "expected ':' after the member name \"a\" but found '='");
        fails("{" + "\"" + repeat("k", 50) + "\"}", 1, 54, "expected ':' after a member name but found '}'");
    }

    @Test
    void rejectsMissingSeparators() {
        JsonException e = fails("{\n  \"a\": 1,\n  \"b\": 2 x\n}", 3, 10,
                "expected ',' or '}' after an object member but found 'x'");
        assertEquals("invalid JSON at line 3, column 10: expected ',' or '}' after an object member but found 'x'",
                e.getMessage());
        fails("[1 2]", 1, 4, "expected ',' or ']' after an array element but found '2'");
        fails("[\"a\" \"b\"]", 1, 6, "expected ',' or ']' after an array element but found '\"'");
        fails("{\"a\":}", 1, 6, "expected a value but found '}'");
        fails("[}", 1, 2, "expected a value but found '}'");
        fails("{]", 1, 2, "expected a member name in double quotes or '}' but found ']'");
        fails("[1}", 1, 3, "expected ',' or ']' after an array element but found '}'");
    }

    @Test
    void rejectsUnclosedContainers() {
        fails("[", 1, 2, "expected a value but found the end of the text (the array that starts at line 1, column 1 is not closed)");
        fails("[1, 2", 1, 6,
                "expected ',' or ']' after an array element but found the end of the text"
                        + " (the array that starts at line 1, column 1 is not closed)");
        fails("{", 1, 2, "expected a member name in double quotes or '}' but found the end of the text"
                + " (the object that starts at line 1, column 1 is not closed)");
        fails("{\"a\":1,", 1, 8, "expected a member name in double quotes after ',' but found the end of the text");
        fails("{\"a\"", 1, 5, "expected ':' after the member name \"a\" but found the end of the text");
        fails("{\"a\":", 1, 6, "expected a value but found the end of the text");
        fails("[[1],\n [2", 2, 4, "(the array that starts at line 2, column 2 is not closed)");
        fails("{\"a\": {\"b\": 1}", 1, 15, "(the object that starts at line 1, column 1 is not closed)");
    }

    @Test
    void rejectsUnterminatedStrings() {
        JsonException e = fails("[\"abc", 1, 2, "the string that starts here has no closing '\"' before the end of the text");
        assertEquals(1, e.position());
        fails("\"abc\\", 1, 6, "expected an escape character after '\\' but found the end of the text");
    }

    @Test
    void rejectsUnescapedControlCharactersInStrings() {
        fails("\"a\nb\"", 1, 3, "a string cannot hold control character U+000A as it is; write it as \\n");
        fails("\"a\tb\"", 1, 3, "a string cannot hold control character U+0009 as it is; write it as \\t");
        fails("[\"ok\",\n \"a\u0001\"]", 2, 4, "control character U+0001 as it is; write it as \\u0001");
        fails("\"\u001f\"", 1, 2, "write it as \\u001F");
        fails("\"\u0000\"", 1, 2, "control character U+0000");
    }

    @Test
    void rejectsInvalidEscapes() {
        fails("\"a\\x\"", 1, 3,
                "invalid escape '\\x' in a string; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX");
        fails("\"\\'\"", 1, 2, "invalid escape '\\''");
        fails("\"\\U0041\"", 1, 2, "invalid escape '\\U'");
        fails("\"\\u12\"", 1, 6, "expected 4 hex digits after \\u but found '\"'");
        fails("\"\\u12G4\"", 1, 6, "expected 4 hex digits after \\u but found 'G4'");
        fails("\"\\u00", 1, 6, "expected 4 hex digits after \\u but found the end of the text");
        fails("\"\\u０0４1\"", 1, 4, "expected 4 hex digits after \\u");
    }

    @Test
    void rejectsTrailingContent() {
        fails("{} {}", 1, 4, "expected the end of the text after the JSON value but found '{'");
        fails("1 2", 1, 3, "expected the end of the text after the JSON value but found '2'");
        fails("\"a\"\"b\"", 1, 4, "expected the end of the text after the JSON value but found '\"'");
        fails("[1]]", 1, 4, "expected the end of the text after the JSON value but found ']'");
        fails("null,", 1, 5, "found ','");
        fails("true\u0000", 1, 5, "found character U+0000");
    }

    @Test
    void rejectsNonJsonWhitespace() {
        fails("\u00a01", 1, 1, "expected a value but found character U+00A0");
        fails("\ufeff{}", 1, 1, "expected a value but found character U+FEFF");
        fails("[1,\f2]", 1, 4, "expected a value but found character U+000C");
        fails("[1,\u000b2]", 1, 4, "found character U+000B");
    }

    @Test
    void countsLinesAndColumns() {
        // \n, \r\n and a lone \r each end a line.
        fails("[\n1,\n  x]", 3, 3, "found 'x'");
        fails("[\r\n1,\r\n  x]", 3, 3, "found 'x'");
        fails("[\r1,\r  x]", 3, 3, "found 'x'");
        fails("\n\n\n   ?", 4, 4, "found '?'");
        JsonException e = fails("[1,\n 2,\n 3 4]", 3, 4, "expected ',' or ']' after an array element but found '4'");
        assertEquals(11, e.position());
    }

    @Test
    void reportsFullMessages() {
        assertEquals("invalid JSON at line 1, column 7: expected a value after ',' but found ']'"
                + " (trailing commas are not allowed)", fails("[1, 2,]").getMessage());
        assertEquals("invalid JSON at line 1, column 3: expected ',' or ']' after an array element but found the end"
                + " of the text (the array that starts at line 1, column 1 is not closed)", fails("[1").getMessage());
        assertEquals("invalid JSON at line 2, column 4: a string cannot hold control character U+000A as it is;"
                + " write it as \\n", fails("[\n \"a\nb\"]").getMessage());
    }

    // ---------------------------------------------------------------------------------------------
    // parseObject

    @Test
    void parseObjectReturnsTheObject() {
        Map<String, Object> value = Json.parseObject(" {\"b\": 1, \"a\": [2]} ");
        assertInstanceOf(LinkedHashMap.class, value);
        assertEquals(map("b", 1L, "a", List.of(2L)), value);
        assertEquals(Map.of(), Json.parseObject("{}"));
    }

    @Test
    void parseObjectRejectsOtherValues() {
        assertEquals("expected a JSON object but found an array", parseObjectFails("[1]").getMessage());
        assertEquals("expected a JSON object but found a string", parseObjectFails("\"{}\"").getMessage());
        assertEquals("expected a JSON object but found a number", parseObjectFails("12").getMessage());
        assertEquals("expected a JSON object but found a number", parseObjectFails("1.5").getMessage());
        assertEquals("expected a JSON object but found true", parseObjectFails("true").getMessage());
        assertEquals("expected a JSON object but found false", parseObjectFails("false").getMessage());
        assertEquals("expected a JSON object but found null", parseObjectFails("null").getMessage());
        assertEquals(3, parseObjectFails("\n  [ ]").position());
    }

    @Test
    void parseObjectReportsSyntaxErrorsFirst() {
        assertEquals("invalid JSON: the text is empty", parseObjectFails("").getMessage());
        assertEquals("invalid JSON at line 1, column 8: expected ',' or '}' after an object member but found ']'",
                parseObjectFails("{\"a\": 1]").getMessage());
        assertEquals("invalid JSON at line 1, column 4: expected the end of the text after the JSON value but found '1'",
                parseObjectFails("[] 1").getMessage());
    }

    private static JsonException parseObjectFails(String text) {
        return assertThrows(JsonException.class, () -> Json.parseObject(text));
    }

    // ---------------------------------------------------------------------------------------------
    // readOnly

    @Test
    @SuppressWarnings("unchecked")
    void readOnlyBlocksChangesAtEveryLevel() {
        Object parsed = Json.parse("{\"a\": {\"b\": [1, {\"c\": [2]}]}, \"d\": [[3]]}");
        Map<String, Object> view = (Map<String, Object>) Json.readOnly(parsed);
        assertEquals(parsed, view);

        assertThrows(UnsupportedOperationException.class, () -> view.put("x", 1L));
        assertThrows(UnsupportedOperationException.class, () -> view.remove("a"));
        assertThrows(UnsupportedOperationException.class, view::clear);

        Map<String, Object> a = (Map<String, Object>) view.get("a");
        assertThrows(UnsupportedOperationException.class, () -> a.put("y", 2L));
        List<Object> b = (List<Object>) a.get("b");
        assertThrows(UnsupportedOperationException.class, () -> b.add(3L));
        assertThrows(UnsupportedOperationException.class, () -> b.set(0, 9L));
        assertThrows(UnsupportedOperationException.class, () -> b.remove(0));
        Map<String, Object> inner = (Map<String, Object>) b.get(1);
        assertThrows(UnsupportedOperationException.class, () -> inner.put("z", 3L));
        List<Object> c = (List<Object>) inner.get("c");
        assertThrows(UnsupportedOperationException.class, () -> c.add(4L));
        List<Object> d0 = (List<Object>) ((List<Object>) view.get("d")).get(0);
        assertThrows(UnsupportedOperationException.class, () -> d0.add(4L));
        assertThrows(UnsupportedOperationException.class, () -> view.entrySet().iterator().next().setValue(1L));
    }

    @Test
    @SuppressWarnings("unchecked")
    void readOnlyCopiesAndKeepsOrder() {
        Map<String, Object> original = map("z", 1L, "a", new ArrayList<>(List.of(2L)), "m", "s");
        Map<String, Object> view = (Map<String, Object>) Json.readOnly(original);
        assertEquals(List.of("z", "a", "m"), new ArrayList<>(view.keySet()));
        original.put("new", true);
        ((List<Object>) original.get("a")).add(3L);
        assertFalse(view.containsKey("new"));
        assertEquals(List.of(2L), view.get("a"));
    }

    @Test
    void readOnlyLeavesOtherValuesUnchanged() {
        assertNull(Json.readOnly(null));
        String s = "text";
        assertSame(s, Json.readOnly(s));
        Long n = 5L;
        assertSame(n, Json.readOnly(n));
        assertSame(Boolean.TRUE, Json.readOnly(Boolean.TRUE));
        List<?> list = (List<?>) Json.readOnly(Json.parse("[1, \"a\"]"));
        assertEquals(List.of(1L, "a"), list);
        assertThrows(UnsupportedOperationException.class, () -> list.remove(0));
    }

    // ---------------------------------------------------------------------------------------------
    // stringify

    @Test
    void stringifiesScalars() {
        assertEquals("null", Json.stringify(null));
        assertEquals("true", Json.stringify(true));
        assertEquals("false", Json.stringify(false));
        assertEquals("42", Json.stringify(42L));
        assertEquals("-7", Json.stringify(-7));
        assertEquals("3", Json.stringify((short) 3));
        assertEquals("-4", Json.stringify((byte) -4));
        assertEquals("9223372036854775807", Json.stringify(Long.MAX_VALUE));
        assertEquals("1.0", Json.stringify(1.0));
        assertEquals("-0.0", Json.stringify(-0.0));
        assertEquals("0.1", Json.stringify(0.1));
        assertEquals("1.0E20", Json.stringify(1e20));
        assertEquals("1.0E-5", Json.stringify(1e-5));
        assertEquals("2.5", Json.stringify(2.5f));
        assertEquals("0.1", Json.stringify(0.1f));
        assertEquals("12345678901234567890", Json.stringify(new BigInteger("12345678901234567890")));
        assertEquals("1.50", Json.stringify(new BigDecimal("1.50")));
        assertEquals("1E+3", Json.stringify(new BigDecimal("1E+3")));
    }

    @Test
    void stringifiesStringsWithEscapes() {
        assertEquals("\"\"", Json.stringify(""));
        assertEquals("\"plain\"", Json.stringify("plain"));
        assertEquals("\"a\\\"b\\\\c\"", Json.stringify("a\"b\\c"));
        assertEquals("\"\\n\\r\\t\\b\\f\"", Json.stringify("\n\r\t\b\f"));
        assertEquals("\"\\u0000\\u0001\\u001F\"", Json.stringify("\u0000\u0001\u001f"));
        assertEquals("\"/ é ✓ 😀 \u007f \u2028\"", Json.stringify("/ é ✓ 😀 \u007f \u2028"));
    }

    @Test
    void stringifiesContainers() {
        assertEquals("[]", Json.stringify(List.of()));
        assertEquals("{}", Json.stringify(Map.of()));
        assertEquals("[1,\"a\",null,true]", Json.stringify(Arrays.asList(1L, "a", null, true)));
        assertEquals("{\"b\":1,\"a\":[2,{}]}", Json.stringify(map("b", 1L, "a", List.of(2L, Map.of()))));
        assertEquals("[1,[2]]", Json.stringify(new Object[] {1, new Object[] {2}}));
        assertEquals("[\"x\",\"y\"]", Json.stringify(new LinkedHashSet<>(List.of("x", "y"))));
        Map<Object, Object> keys = new LinkedHashMap<>();
        keys.put(1, "one");
        keys.put(null, "none");
        keys.put(true, "yes");
        assertEquals("{\"1\":\"one\",\"null\":\"none\",\"true\":\"yes\"}", Json.stringify(keys));
        assertEquals("{\"a\\nb\":\"\\\"\"}", Json.stringify(Collections.singletonMap("a\nb", "\"")));
    }

    @Test
    void stringifyRoundTrips() {
        Map<String, Object> value = map(
                "string", "h\"é\\llo\n\t\u0001 😀",
                "long", Long.MIN_VALUE,
                "double", 3.141592653589793,
                "tiny", 4.9e-324,
                "huge", 1.7976931348623157e308,
                "negativeZero", -0.0,
                "true", true,
                "false", false,
                "null", null,
                "list", Arrays.asList(1L, 2.5, "x", null, List.of(), Map.of()),
                "nested", map("a", map("b", map("c", List.of(List.of(List.of(0L)))))),
                "", "");
        String text = Json.stringify(value);
        assertEquals(value, Json.parse(text));
        assertEquals(text, Json.stringify(Json.parse(text)));

        String source = "{\"b\":[1,2.5,\"\\u0000\",{\"c\":null}],\"a\":true,\"z\":-1.0E-7}";
        assertEquals(source, Json.stringify(Json.parse(source)));
        assertEquals(source, Json.stringify(Json.readOnly(Json.parse(source))));

        for (Object scalar : Arrays.asList(null, true, false, 0L, -1L, Long.MAX_VALUE, 0.5, 1e300, "", "\u001f")) {
            assertEquals(scalar, Json.parse(Json.stringify(scalar)));
        }
        String deep = repeat("[", 512) + repeat("]", 512);
        assertEquals(deep, Json.stringify(Json.parse(deep)));
    }

    @Test
    void stringifyRejectsNonFiniteNumbers() {
        assertEquals("cannot write NaN as JSON: JSON numbers must be finite",
                assertThrows(IllegalArgumentException.class, () -> Json.stringify(Double.NaN)).getMessage());
        assertEquals("cannot write Infinity as JSON: JSON numbers must be finite",
                assertThrows(IllegalArgumentException.class, () -> Json.stringify(Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("cannot write -Infinity as JSON: JSON numbers must be finite",
                assertThrows(IllegalArgumentException.class, () -> Json.stringify(List.of(Float.NEGATIVE_INFINITY))).getMessage());
        assertEquals("cannot write NaN as JSON: JSON numbers must be finite",
                assertThrows(IllegalArgumentException.class, () -> Json.stringify(map("a", Float.NaN))).getMessage());
    }

    @Test
    void stringifyRejectsOtherTypes() {
        assertEquals("cannot write a Object as JSON",
                assertThrows(IllegalArgumentException.class, () -> Json.stringify(new Object())).getMessage());
        assertEquals("cannot write a Character as JSON",
                assertThrows(IllegalArgumentException.class, () -> Json.stringify(List.of('c'))).getMessage());
        assertEquals("cannot write a int[] as JSON",
                assertThrows(IllegalArgumentException.class, () -> Json.stringify(new int[] {1})).getMessage());
        assertEquals("cannot write a StringBuilder as JSON",
                assertThrows(IllegalArgumentException.class, () -> Json.stringify(map("k", new StringBuilder()))).getMessage());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.stringify(new Thread()));
        assertFalse(e instanceof JsonException);
    }

    @Test
    void stringifyRejectsSelfContainingValues() {
        List<Object> list = new ArrayList<>();
        list.add(list);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.stringify(list));
        assertEquals("a value nested more than 512 levels deep cannot be written as JSON"
                + " (does a map, list or array contain itself?)", e.getMessage());
        Map<String, Object> map = new HashMap<>();
        map.put("self", map);
        assertThrows(IllegalArgumentException.class, () -> Json.stringify(map));
        assertThrows(IllegalArgumentException.class, () -> Json.readOnly(map));
    }
}
