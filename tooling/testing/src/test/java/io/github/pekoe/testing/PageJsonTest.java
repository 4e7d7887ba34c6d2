package io.github.pekoe.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link PageJson}: values shaped as a page's {@code JSON.parse} and Pekoe's conversion shape them. */
class PageJsonTest {

    @Test
    void wholeNumbersAreLongsEvenWrittenWithAFraction() {
        assertEquals(1L, PageJson.parse("1.0"));
        assertEquals(-42L, PageJson.parse("-42"));
        assertEquals(100L, PageJson.parse("1e2"));
        assertEquals(9007199254740991L, PageJson.parse("9007199254740991"));
    }

    @Test
    void numbersBeyondExactWholeNumbersAreDoublesAsTheBrowserRoundsThem() {
        assertEquals(9007199254740992.0, PageJson.parse("9007199254740993"));
        assertEquals(1.5, PageJson.parse("1.5"));
        assertEquals(Double.POSITIVE_INFINITY, PageJson.parse("1e400"));
    }

    @Test
    void negativeZeroStaysADouble() {
        Object zero = PageJson.parse("-0");
        assertInstanceOf(Double.class, zero);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits((Double) zero));
    }

    @Test
    void integerLikeKeysComeFirstInAscendingOrderThenTheOthersAsWritten() {
        Map<String, Object> object = PageJson.parseObject("{\"b\":1,\"10\":2,\"a\":3,\"2\":4,\"01\":5,\"-1\":6}");
        assertEquals(List.of("2", "10", "b", "a", "01", "-1"), new ArrayList<>(object.keySet()));
    }

    @Test
    void aRepeatedKeyKeepsItsFirstPlaceAndItsLastValue() {
        Map<String, Object> object = PageJson.parseObject("{\"a\":1,\"b\":2,\"a\":3}");
        assertEquals(List.of("a", "b"), new ArrayList<>(object.keySet()));
        assertEquals(3L, object.get("a"));
    }

    @Test
    void arraysStringsBooleansAndNullKeepTheirShape() {
        assertEquals(Arrays.asList("x", true, null, List.of(1L)), PageJson.parse("[\"x\", true, null, [1]]"));
        assertNull(PageJson.parse("null"));
        assertEquals("\u2615", PageJson.parse("\"\\u2615\""));
    }

    @Test
    void textThatIsNotStrictJsonIsRefused() {
        for (String text : List.of("", "{", "[1,]", "{'a':1}", "NaN", "01", "1 2", "{\"a\":1} x", "tru")) {
            assertThrows(IllegalArgumentException.class, () -> PageJson.parse(text), text);
        }
    }

    @Test
    void parseObjectRefusesOtherValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PageJson.parseObject("[1]"));
        assertEquals("the JSON text is not an object: [1]", e.getMessage());
    }
}
