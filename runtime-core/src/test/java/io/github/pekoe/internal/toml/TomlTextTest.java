package io.github.pekoe.internal.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** TOML text against the Java values it must give, and bad TOML against the message it must give. */
class TomlTextTest {

    /** A map in the order of its key/value arguments. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static List<Object> list(Object... values) {
        return new ArrayList<>(List.of(values));
    }

    static List<Arguments> documents() {
        return List.of(
                // empty documents, comments, blank lines
                Arguments.of("", map()),
                Arguments.of("# only a comment\n\n   \t\n", map()),
                Arguments.of("\uFEFFa = 1", map("a", 1L)),
                Arguments.of("a = 1 # trailing comment\r\nb = 2\r\n", map("a", 1L, "b", 2L)),
                // keys
                Arguments.of("bare_key-1 = 1\n1234 = 2", map("bare_key-1", 1L, "1234", 2L)),
                Arguments.of("\"quoted key\" = 1\n'literal \\ key' = 2\n\"\" = 3",
                        map("quoted key", 1L, "literal \\ key", 2L, "", 3L)),
                Arguments.of("\"\\u00e9t\\u00e9\" = 1", map("\u00e9t\u00e9", 1L)),
                Arguments.of("a.b.c = 1\na.b.d = 2\na . \"x.y\" = 3",
                        map("a", map("b", map("c", 1L, "d", 2L), "x.y", 3L))),
                Arguments.of("3.14159 = \"pi\"", map("3", map("14159", "pi"))),
                Arguments.of("z = 1\na = 2\nm = 3", map("z", 1L, "a", 2L, "m", 3L)),
                // basic strings and escapes
                Arguments.of("s = \"tab\\there \\\"q\\\" back\\\\slash \\b\\f\\r\\n\"",
                        map("s", "tab\there \"q\" back\\slash \b\f\r\n")),
                Arguments.of("s = \"\\u0041\\U0001F600\"", map("s", "A\uD83D\uDE00")),
                Arguments.of("s = \"caf\u00e9 \u00fc\"", map("s", "caf\u00e9 \u00fc")),
                Arguments.of("s = 'C:\\Users\\x' \nt = '<\\i\\c*\\s*>'", map("s", "C:\\Users\\x", "t", "<\\i\\c*\\s*>")),
                Arguments.of("s = \"\"", map("s", "")),
                Arguments.of("s = \"a # not a comment\"", map("s", "a # not a comment")),
                // multi-line strings
                Arguments.of("s = \"\"\"\nRoses\nViolets\"\"\"", map("s", "Roses\nViolets")),
                Arguments.of("s = \"\"\"\r\none\r\ntwo\"\"\"", map("s", "one\ntwo")),
                Arguments.of("s = \"\"\"The quick \\\n\n    brown \\\n    fox.\"\"\"", map("s", "The quick brown fox.")),
                Arguments.of("s = \"\"\"ends with \\   \n   x\"\"\"", map("s", "ends with x")),
                Arguments.of("s = \"\"\"Here are two quotes: \"\". Simple.\"\"\"", map("s", "Here are two quotes: \"\". Simple.")),
                Arguments.of("s = \"\"\"\"This,\" she said.\"\"\"\"", map("s", "\"This,\" she said.\"")),
                Arguments.of("s = \"\"\"a\"\"\"\"\"", map("s", "a\"\"")),
                Arguments.of("s = '''\nfirst\n  \\n raw\n'''", map("s", "first\n  \\n raw\n")),
                Arguments.of("s = ''''That,' she said'''", map("s", "'That,' she said")),
                Arguments.of("s = \"\"\"\"\"\"", map("s", "")),
                // integers
                Arguments.of("a = +99\nb = 42\nc = 0\nd = -17\ne = -0\nf = +0",
                        map("a", 99L, "b", 42L, "c", 0L, "d", -17L, "e", 0L, "f", 0L)),
                Arguments.of("a = 1_000\nb = 5_349_221\nc = 1_2_3_4_5", map("a", 1000L, "b", 5349221L, "c", 12345L)),
                Arguments.of("h = 0xDEADBEEF\ni = 0xdead_beef\no = 0o755\nb = 0b1101_0110\nz = 0x00",
                        map("h", 0xDEADBEEFL, "i", 0xDEADBEEFL, "o", 493L, "b", 214L, "z", 0L)),
                Arguments.of("max = 9223372036854775807\nmin = -9223372036854775808\nhex = 0x7FFFFFFFFFFFFFFF",
                        map("max", Long.MAX_VALUE, "min", Long.MIN_VALUE, "hex", Long.MAX_VALUE)),
                // floats
                Arguments.of("a = 1.0\nb = 3.1415\nc = -0.01\nd = 5e+22\ne = 1e06\nf = -2E-2\ng = 6.626e-34\nh = 224_617.445_991",
                        map("a", 1.0, "b", 3.1415, "c", -0.01, "d", 5e22, "e", 1e6, "f", -0.02, "g", 6.626e-34,
                                "h", 224617.445991)),
                Arguments.of("a = inf\nb = +inf\nc = -inf\nd = nan\ne = +nan\nf = -nan\ng = -0.0",
                        map("a", Double.POSITIVE_INFINITY, "b", Double.POSITIVE_INFINITY, "c", Double.NEGATIVE_INFINITY,
                                "d", Double.NaN, "e", Double.NaN, "f", Double.NaN, "g", -0.0)),
                // booleans
                Arguments.of("t = true\nf = false", map("t", true, "f", false)),
                // dates and times stay text
                Arguments.of("odt1 = 1979-05-27T07:32:00Z\nodt2 = 1979-05-27T00:32:00-07:00\n"
                        + "odt3 = 1979-05-27T00:32:00.999999+07:00\nodt4 = 1979-05-27 07:32:00Z\n"
                        + "ldt = 1979-05-27T07:32:00\nld = 1979-05-27\nlt = 00:32:00.999999\nleap = 2016-12-31t23:59:60z",
                        map("odt1", "1979-05-27T07:32:00Z", "odt2", "1979-05-27T00:32:00-07:00",
                                "odt3", "1979-05-27T00:32:00.999999+07:00", "odt4", "1979-05-27 07:32:00Z",
                                "ldt", "1979-05-27T07:32:00", "ld", "1979-05-27", "lt", "00:32:00.999999",
                                "leap", "2016-12-31t23:59:60z")),
                Arguments.of("d = [1979-05-27, 07:32:00]", map("d", list("1979-05-27", "07:32:00"))),
                // arrays
                Arguments.of("a = [ 1, 2, 3 ]\nb = []\nc = [ \"red\", 'yellow' ]",
                        map("a", list(1L, 2L, 3L), "b", list(), "c", list("red", "yellow"))),
                Arguments.of("a = [ [ 1, 2 ], [\"a\", 'b', [true]] ]",
                        map("a", list(list(1L, 2L), list("a", "b", list(true))))),
                Arguments.of("mixed = [ 0.1, 0.2, \"s\", 1, { x = 1 } ]",
                        map("mixed", list(0.1, 0.2, "s", 1L, map("x", 1L)))),
                Arguments.of("a = [\n  1, # one\n  2,\n\n  # nothing\n]\nb = 1", map("a", list(1L, 2L), "b", 1L)),
                // inline tables
                Arguments.of("name = { first = \"Tom\", last = \"Preston-Werner\" }",
                        map("name", map("first", "Tom", "last", "Preston-Werner"))),
                Arguments.of("point = {x=1,y=2}\nempty = {}\nanimal = { type.name = \"pug\", type.size = 3 }",
                        map("point", map("x", 1L, "y", 2L), "empty", map(), "animal",
                                map("type", map("name", "pug", "size", 3L)))),
                Arguments.of("nested = { a = { b = [ { c = 1 } ] } }",
                        map("nested", map("a", map("b", list(map("c", 1L)))))),
                // tables
                Arguments.of("top = 0\n[table-1]\nkey1 = \"some string\"\nkey2 = 123\n\n[table-2]\nkey1 = \"another\"",
                        map("top", 0L, "table-1", map("key1", "some string", "key2", 123L),
                                "table-2", map("key1", "another"))),
                Arguments.of("[dog.\"tater.man\"]\ntype.name = \"pug\"",
                        map("dog", map("tater.man", map("type", map("name", "pug"))))),
                Arguments.of("[ a . b ]\nx = 1\n[ g .  h  . i ]", map("a", map("b", map("x", 1L)), "g", map("h", map("i", map())))),
                Arguments.of("[x.y.z.w]\n[x]\nk = 1", map("x", map("y", map("z", map("w", map())), "k", 1L))),
                Arguments.of("[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true",
                        map("fruit", map("apple", map("color", "red", "taste", map("sweet", true),
                                "texture", map("smooth", true))))),
                Arguments.of("[a]\nx = 1\n[a.b]\ny = 2", map("a", map("x", 1L, "b", map("y", 2L)))),
                // arrays of tables
                Arguments.of("[[products]]\nname = \"Hammer\"\n[[products]]\n[[products]]\nname = \"Nail\"",
                        map("products", list(map("name", "Hammer"), map(), map("name", "Nail")))),
                Arguments.of("[[fruits]]\nname = \"apple\"\n[fruits.physical]\ncolor = \"red\"\n"
                        + "[[fruits.varieties]]\nname = \"red delicious\"\n[[fruits.varieties]]\nname = \"granny smith\"\n"
                        + "[[fruits]]\nname = \"banana\"\n[[fruits.varieties]]\nname = \"plantain\"",
                        map("fruits", list(
                                map("name", "apple", "physical", map("color", "red"), "varieties",
                                        list(map("name", "red delicious"), map("name", "granny smith"))),
                                map("name", "banana", "varieties", list(map("name", "plantain")))))),
                // a PyScript config
                Arguments.of("name = \"demo\"\npackages = [\"numpy\", \"pandas\"]\nplugins = [\"!error\"]\n\n"
                        + "[files]\n\"{DOMAIN}\" = \"https://example.com\"\n\"{DOMAIN}/data.csv\" = \"./data.csv\"\n\n"
                        + "[js_modules.main]\n\"https://cdn.example.com/lib.js\" = \"lib\"",
                        map("name", "demo", "packages", list("numpy", "pandas"), "plugins", list("!error"),
                                "files", map("{DOMAIN}", "https://example.com", "{DOMAIN}/data.csv", "./data.csv"),
                                "js_modules", map("main", map("https://cdn.example.com/lib.js", "lib")))));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void readsTomlAsTheJavaValuesJsonGives(String text, Map<String, Object> expected) {
        Map<String, Object> parsed = TomlText.parse(text, Double::parseDouble);
        assertEquals(expected, parsed);
        assertEquals(describe(expected), describe(parsed), "types and key order");
    }

    /** The value with every type and every key order spelled out, so that 1L and 1.0 or {a,b} and {b,a} differ. */
    private static String describe(Object value) {
        if (value instanceof Map) {
            StringBuilder out = new StringBuilder("{");
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                out.append(entry.getKey()).append('=').append(describe(entry.getValue())).append(';');
            }
            return out.append('}').toString();
        }
        if (value instanceof List) {
            StringBuilder out = new StringBuilder("[");
            for (Object item : (List<?>) value) {
                out.append(describe(item)).append(';');
            }
            return out.append(']').toString();
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    static List<Arguments> errors() {
        return List.of(
                // structure
                Arguments.of("a = 1\na = 2", 2, "'a' is defined twice"),
                Arguments.of("a.b = 1\na.b = 2", 2, "'a.b' is defined twice"),
                Arguments.of("a = 1\na.b = 2", 2, "cannot add 'a.b': 'a' is already defined elsewhere"),
                Arguments.of("[a]\nb = 1\n\n[a]\nc = 2", 4, "table 'a' is defined twice"),
                Arguments.of("[a]\nb = 1\n[a.b]", 3, "table 'a.b' is defined twice"),
                Arguments.of("[fruit]\napple.color = \"red\"\n[fruit.apple]", 3, "table 'fruit.apple' is defined twice"),
                Arguments.of("[a.b.c]\nz = 9\n[a]\nb.c.t = 1", 4, "cannot add 'b.c.t': 'b' is already defined elsewhere"),
                Arguments.of("[a.b]\nx = 1\n[a]\nb.y = 2", 4, "cannot add 'b.y': 'b' is already defined elsewhere"),
                Arguments.of("p = { x = 1 }\n[p.q]", 2, "cannot open 'p.q': 'p' is already a value that is not a table"),
                Arguments.of("p = { x = 1 }\n[p]", 2, "table 'p' is defined twice"),
                Arguments.of("p = { x = 1 }\np.y = 2", 2, "cannot add 'p.y': 'p' is already defined elsewhere"),
                Arguments.of("a = [1]\n[[a]]", 2, "cannot make 'a' an array of tables: it is already defined as something else"),
                Arguments.of("[a]\n[[a]]", 2, "cannot make 'a' an array of tables"),
                Arguments.of("[[a]]\n[a]", 2, "table 'a' is defined twice"),
                Arguments.of("a = 1\n[a.b]", 2, "cannot open 'a.b': 'a' is already a value that is not a table"),
                Arguments.of("i = { a = 1, a = 2 }", 1, "'a' is defined twice"),
                // syntax of lines
                Arguments.of("a = 1 b = 2", 1, "expected the end of the line, found 'b'"),
                Arguments.of("key", 1, "expected '=' after the key, found the end of the text"),
                Arguments.of("key\n= 1", 1, "expected '=' after the key, found the end of the line"),
                Arguments.of("a =", 1, "expected a value, found the end of the text"),
                Arguments.of("x = 1\na = # nothing", 2, "expected a value, found '#'"),
                Arguments.of("= 1", 1, "expected a key, found '='"),
                Arguments.of("a b = 1", 1, "expected '=' after the key, found 'b'"),
                Arguments.of("a. = 1", 1, "expected a key, found '='"),
                Arguments.of("[a", 1, "expected ']' to close the table header, found the end of the text"),
                Arguments.of("[[a]", 1, "expected ']' to close the array-of-tables header"),
                Arguments.of("[]", 1, "expected a key, found ']'"),
                Arguments.of("[a] x = 1", 1, "expected the end of the line, found 'x'"),
                Arguments.of("\"\"\"k\"\"\" = 1", 1, "a key cannot be a multi-line string"),
                // strings
                Arguments.of("s = \"open", 1, "the string is not closed"),
                Arguments.of("s = \"one\nline\"", 1, "a one-line string cannot hold a line break"),
                Arguments.of("s = 'x\n'", 1, "a one-line string cannot hold a line break"),
                Arguments.of("a = 1\ns = \"\"\"\nnever closed", 3, "the string is not closed"),
                Arguments.of("s = \"bad \\x escape\"", 1, "invalid escape '\\x'"),
                Arguments.of("s = \"\\u12\"", 1, "a \\u escape needs 4 hex digits"),
                Arguments.of("s = \"\\UD800\"", 1, "a \\U escape needs 8 hex digits"),
                Arguments.of("s = \"\\uD800\"", 1, "escape d800 is not a Unicode scalar value"),
                Arguments.of("s = \"\\U00110000\"", 1, "escape 110000 is not a Unicode scalar value"),
                Arguments.of("s = \"a\u0001b\"", 1, "control character 1 must be written as an escape"),
                Arguments.of("# bell \u0007\n", 1, "control character 7 must be written as an escape"),
                Arguments.of("s = \"\"\"a \\ b\"\"\"", 1, "a backslash followed by spaces must end the line"),
                Arguments.of("s = \"\"\"a\"\"\"\"\"\"", 1, "too many quotes at the end of a multi-line string"),
                // values
                Arguments.of("a = hello", 1, "'hello' is not a TOML value (a string needs quotes)"),
                Arguments.of("a = True", 1, "'True' is not a TOML value"),
                Arguments.of("a = 012", 1, "integer '012' has a leading zero"),
                Arguments.of("a = 1__2", 1, "'1__2' is not a TOML value"),
                Arguments.of("a = _1", 1, "'_1' is not a TOML value"),
                Arguments.of("a = 1_", 1, "'1_' is not a TOML value"),
                Arguments.of("a = 0x", 1, "'0x' is not a TOML value"),
                Arguments.of("a = 0xG1", 1, "'0xG1' is not a valid integer"),
                Arguments.of("a = 0b102", 1, "'0b102' is not a valid integer"),
                Arguments.of("a = -0x1", 1, "'-0x1' is not a TOML value"),
                Arguments.of("a = 9223372036854775808", 1, "integer '9223372036854775808' does not fit in 64 bits"),
                Arguments.of("a = 0x8000000000000000", 1, "integer '0x8000000000000000' does not fit in 64 bits"),
                Arguments.of("a = 1.", 1, "'1.' is not a TOML value"),
                Arguments.of("a = .5", 1, "'.5' is not a TOML value"),
                Arguments.of("a = 1e", 1, "'1e' is not a TOML value"),
                Arguments.of("a = 03.14", 1, "'03.14' is not a TOML value"),
                Arguments.of("a = 1.5.2", 1, "'1.5.2' is not a TOML value"),
                Arguments.of("a = Inf", 1, "'Inf' is not a TOML value"),
                Arguments.of("d = 1979-13-27", 1, "'1979-13-27' is not a valid date or time"),
                Arguments.of("d = 1979-05-27T25:00:00", 1, "'1979-05-27T25:00:00' is not a valid date or time"),
                Arguments.of("t = 07:32", 1, "'07:32' is not a valid date or time"),
                Arguments.of("d = 1979-05-27T07:32:00+7", 1, "'1979-05-27T07:32:00+7' is not a valid date or time"),
                // arrays and inline tables
                Arguments.of("a = [1 2]", 1, "expected ',' or ']' in an array, found '2'"),
                Arguments.of("a = [1,,2]", 1, "expected a value, found ','"),
                Arguments.of("a = [\n1,\n2", 3, "expected ',' or ']' in an array, found the end of the text"),
                Arguments.of("t = { a = 1 b = 2 }", 1, "expected ',' or '}' in an inline table (on one line), found 'b'"),
                Arguments.of("t = { a = 1, }", 1, "expected a key, found '}'"),
                Arguments.of("t = { a = 1,\n b = 2 }", 1, "expected a key, found the end of the line"),
                Arguments.of("t = { a.b = 1, a = 2 }", 1, "'a' is defined twice"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void badTomlNamesTheLineAndTheProblem(String text, int line, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TomlText.parse(text, Double::parseDouble));
        String prefix = "invalid TOML at line " + line + ": ";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        assertTrue(e.getMessage().substring(prefix.length()).startsWith(problem), e.getMessage());
    }

    @Test
    void errorsCountLinesInsideMultiLineStringsAndArrays() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TomlText.parse("s = \"\"\"\none\ntwo\"\"\"\nlist = [\n  1,\n  2,\n]\nbad = ?", Double::parseDouble));
        assertEquals("invalid TOML at line 8: '?' is not a TOML value (a string needs quotes)", e.getMessage());
    }
}
