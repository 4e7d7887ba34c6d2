package io.github.pekoe.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.pekoe.testing.PageJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stored text is exactly what PyScript's Flatted writes, and reads back to Java values. */
class ValueFormatTest {

    private static Object roundTrip(Object value) {
        String text = ValueFormat.encode(value);
        return ValueFormat.decode(text, PageJson.parse(text));
    }

    @Test
    void nullIsTheNullKind() {
        assertEquals("[[\"1\",0],\"null\"]", ValueFormat.encode(null));
        assertNull(roundTrip(null));
    }

    @Test
    void scalarsAreGeneric() {
        assertEquals("[[\"1\",42],\"generic\"]", ValueFormat.encode(42));
        assertEquals("[[\"1\",3.5],\"generic\"]", ValueFormat.encode(3.5));
        assertEquals("[[\"1\",false],\"generic\"]", ValueFormat.encode(false));
        assertEquals("[[\"1\",\"2\"],\"generic\",\"hello\"]", ValueFormat.encode("hello"));
    }

    @Test
    void bytesAreAByteArrayOfUnsignedInts() {
        assertEquals("[[\"1\",\"2\"],\"bytearray\",[104,105,255]]", ValueFormat.encode(new byte[] {104, 105, -1}));
        assertArrayEquals(new byte[] {104, 105, -1}, (byte[]) roundTrip(new byte[] {104, 105, -1}));
    }

    @Test
    void containersAndStringsAreEntriesOfTheirOwnAndStringsAreShared() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", 1);
        map.put("b", Arrays.asList(1, "x"));
        assertEquals("[[\"1\",\"2\"],\"generic\",{\"a\":1,\"b\":\"3\"},[1,\"4\"],\"x\"]", ValueFormat.encode(map));
        assertEquals("[[\"1\",\"2\"],\"generic\",[\"1\",\"3\",\"3\"],\"a\"]",
                ValueFormat.encode(Arrays.asList("generic", "a", "a")));
    }

    @Test
    void valuesComeBackWithLongsDoublesListsAndMaps() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("level3", Arrays.asList(1, 2, 3));
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("level1", inner);
        nested.put("list", Arrays.asList(Map.of("a", 1), new ArrayList<>(), new LinkedHashMap<>()));
        nested.put("pi", 3.14);
        nested.put("whole", 2.0);
        nested.put("text", "\u2615 \"quoted\" \\ \n");
        nested.put("none", null);
        nested.put("no", false);
        Object back = roundTrip(nested);
        assertEquals("{level1={level3=[1, 2, 3]}, list=[{a=1}, [], {}], pi=3.14, whole=2, text=\u2615 \"quoted\" \\ \n,"
                + " none=null, no=false}", String.valueOf(back));
        Map<?, ?> map = (Map<?, ?>) back;
        assertEquals(Long.class, ((List<?>) ((Map<?, ?>) map.get("level1")).get("level3")).get(0).getClass());
        assertEquals(Long.class, map.get("whole").getClass());
        assertEquals(Double.class, map.get("pi").getClass());
        assertEquals(0L, roundTrip(0));
        assertEquals("", roundTrip(""));
        assertEquals("1", roundTrip("1"));
    }

    @Test
    void pyscriptTextsRead() {
        String memoryview = "[[\"1\",\"2\"],\"memoryview\",[1,2]]";
        assertArrayEquals(new byte[] {1, 2}, (byte[]) ValueFormat.decode(memoryview, PageJson.parse(memoryview)));
        String tuple = "[[\"1\",\"2\"],\"generic\",[1,2,3]]";
        assertEquals(List.of(1L, 2L, 3L), ValueFormat.decode(tuple, PageJson.parse(tuple)));
    }

    @Test
    void theCommonestTextsAreReadWithoutParsingAndAgreeWithTheParser() {
        assertEquals("hi", ValueFormat.decodeSimple(ValueFormat.encode("hi")));
        assertEquals("", ValueFormat.decodeSimple(ValueFormat.encode("")));
        assertEquals(Boolean.TRUE, ValueFormat.decodeSimple(ValueFormat.encode(true)));
        assertNull(ValueFormat.decodeSimple(ValueFormat.encode(null)));
        for (Object value : Arrays.asList("a \"quote\"", "back\\slash", "\n", 7, 2.5, List.of(1), Map.of())) {
            assertEquals(ValueFormat.NOT_SIMPLE, ValueFormat.decodeSimple(ValueFormat.encode(value)), String.valueOf(value));
        }
        assertEquals(ValueFormat.NOT_SIMPLE, ValueFormat.decodeSimple("[[\"1\",\"2\"],\"generic\"\"]"));
    }

    @Test
    void textInAnotherFormatComesBackAsItIs() {
        assertEquals("42", ValueFormat.decode("42", PageJson.parse("42")));
        String other = "[[\"1\",\"2\"],\"set\",[1]]";
        assertEquals(other, ValueFormat.decode(other, PageJson.parse(other)));
    }
}
