package io.github.pekoe.pagecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a TOML text defines the top-level key {@code js_modules}, as the js-modules rule points at it. */
class TomlKeysTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "[js_modules.main]\\n'./a.mjs' = 'a'|1",
        "title = 'x'\\n  [ js_modules ]\\nmain = {}|16",
        "[[js_modules]]|2",
        "js_modules.main = { './a.mjs' = 'a' }|0",
        "\\t\"js_modules\" = {}|1",
        "'js_modules'.main.x = 'a'|0",
        "[tool]\\njs_modules = 1|-1",
        "# js_modules = 1|-1",
        "note = \"\"\"\\n[js_modules]\\n\"\"\"|-1",
        "note = '''\\njs_modules = 1\\n'''\\n[js_modules]|31",
        "js_modules_x = 1\\n[js-modules]|-1",
        "x = 'js_modules = 1'|-1"})
    void findsTheFirstNameThatDefinesIt(String text, int offset) {
        assertEquals(offset, TomlKeys.offset(text.replace("\\n", "\n").replace("\\t", "\t"), "js_modules"));
    }
}
