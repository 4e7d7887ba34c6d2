package io.github.pekoe.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pekoe.testing.PageJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link JsonScalars}: the JSON text storage writes, read back as a page reads it. */
class JsonScalarsTest {

    @Test
    void stringsAreQuotedWithQuotesBackslashesAndControlCharactersEscaped() {
        assertEquals("\"plain\"", JsonScalars.of("plain"));
        assertEquals("\"a\\\"b\\\\c\"", JsonScalars.of("a\"b\\c"));
        assertEquals("\"\\n\\r\\t\\b\\f\\u0000\\u001f\"", JsonScalars.of("\n\r\t\b\f\u0000\u001f"));
        assertEquals("\"\u2615 \u00fc\"", JsonScalars.of("\u2615 \u00fc"), "other characters as they are");
    }

    @Test
    void everyEscapedStringReadsBackExactly() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        String text = all.append("\u2028\u2029\ud83c\udf75").toString();
        assertEquals(text, PageJson.parse(JsonScalars.of(text)));
    }

    @Test
    void numbersAndBooleansAreWrittenAsJavaPrintsThem() {
        assertEquals("42", JsonScalars.of(42));
        assertEquals("-9007199254740991", JsonScalars.of(-9007199254740991L));
        assertEquals("1.5", JsonScalars.of(1.5));
        assertEquals("100.0", JsonScalars.of(100.0));
        assertEquals("true", JsonScalars.of(true));
        assertEquals(100L, PageJson.parse(JsonScalars.of(100.0)), "a page reads a whole double back as a Long");
    }

    @Test
    void objectsOfStringsKeepTheirOrder() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("b", "1");
        map.put("a\"", "x\ny");
        assertEquals("{\"b\":\"1\",\"a\\\"\":\"x\\ny\"}", JsonScalars.object(map));
        assertEquals(map, PageJson.parse(JsonScalars.object(map)));
        assertEquals("{}", JsonScalars.object(new LinkedHashMap<>()));
    }
}
