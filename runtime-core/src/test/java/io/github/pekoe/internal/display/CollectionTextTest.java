package io.github.pekoe.internal.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CollectionTextTest {

    @Test
    void listsShowTheirStringsQuoted() {
        assertEquals("['a', 'b c', '']", CollectionText.of(List.of("a", "b c", "")));
        assertEquals("[]", CollectionText.of(List.of()));
    }

    @Test
    void scalarsKeepTheirJavaText() {
        assertEquals("[1, 2.5, true, null, 1.0E20, 7]",
                CollectionText.of(Arrays.asList(1, 2.5, true, null, 1e20, 7L)));
    }

    @Test
    void mapsShowKeyColonValueInTheirOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "Ann");
        map.put("age", 31);
        map.put("tags", List.of("x"));
        assertEquals("{'name': 'Ann', 'age': 31, 'tags': ['x']}", CollectionText.of(map));
        assertEquals("{}", CollectionText.of(Map.of()));
        assertEquals("{1: 'one', 2: 'two'}", CollectionText.of(new TreeMap<>(Map.of(2, "two", 1, "one"))));
    }

    @Test
    void setsShowInBracesAndTheEmptySetAsPythonWritesIt() {
        assertEquals("{'a', 'b'}", CollectionText.of(new LinkedHashSet<>(List.of("a", "b"))));
        assertEquals("set()", CollectionText.of(Set.of()));
    }

    @Test
    void everyKindOfArrayShowsAsAList() {
        assertEquals("['x', null]", CollectionText.of(new String[] {"x", null}));
        assertEquals("[1, -2]", CollectionText.of(new int[] {1, -2}));
        assertEquals("[3, 4]", CollectionText.of(new long[] {3, 4}));
        assertEquals("[0.5]", CollectionText.of(new double[] {0.5}));
        assertEquals("[1.5]", CollectionText.of(new float[] {1.5f}));
        assertEquals("[-1, 2]", CollectionText.of(new byte[] {-1, 2}));
        assertEquals("[5]", CollectionText.of(new short[] {5}));
        assertEquals("[true, false]", CollectionText.of(new boolean[] {true, false}));
        assertEquals("['a', \"'\"]", CollectionText.of(new char[] {'a', '\''}));
        assertEquals("[[1], [2, 3]]", CollectionText.of(new int[][] {{1}, {2, 3}}));
    }

    @Test
    void nestedContainersAndEntries() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("k", new int[] {1});
        assertEquals("[{'k': [1]}, []]", CollectionText.of(List.of(inner, List.of())));
        assertEquals("{('a', 1)}", CollectionText.of(Map.of("a", 1).entrySet()));
    }

    @Test
    void aContainerInsideItselfIsWrittenAsAnEllipsis() {
        List<Object> list = new ArrayList<>();
        list.add(1);
        list.add(list);
        assertEquals("[1, [...]]", CollectionText.of(list));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("self", map);
        map.put("list", List.of(map));
        assertEquals("{'self': {...}, 'list': [{...}]}", CollectionText.of(map));
    }

    @Test
    void theSameContainerTwiceSideBySideIsNotACycle() {
        List<String> shared = List.of("s");
        assertEquals("[['s'], ['s']]", CollectionText.of(List.of(shared, shared)));
    }

    @Test
    void deepNestingGrowsThePathWithoutLimit() {
        Object value = "end";
        for (int i = 0; i < 20; i++) {
            value = List.of(value);
        }
        assertEquals("[".repeat(20) + "'end'" + "]".repeat(20), CollectionText.of(value));
    }

    /** Python 3's repr of each input, checked with CPython. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "it's        | \"it's\"",
        "say \"hi\"  | 'say \"hi\"'",
        "both ' \"   | 'both \\' \"'",
        "back\\slash | 'back\\\\slash'",
    })
    void stringsAreQuotedAsPythonQuotesThem(String text, String expected) {
        assertEquals("[" + expected.strip() + "]", CollectionText.of(List.of(text.strip())));
    }

    @Test
    void controlSeparatorAndFormatCharactersAreEscapedAsPythonEscapesThem() {
        assertEquals("['a\\nb\\r\\tc']", CollectionText.of(List.of("a\nb\r\tc")));
        assertEquals("['\\x00\\x1f\\x7f\\x9f\\xa0\\xad']", CollectionText.of(List.of("\u0000\u001f\u007f\u009f\u00a0\u00ad")));
        assertEquals("['\\u200b\\u2028\\u2029\\ufeff\\u3000']", CollectionText.of(List.of("\u200b\u2028\u2029\ufeff\u3000")));
        assertEquals("['é中😀 <b>&']", CollectionText.of(List.of("é中😀 <b>&")));
        assertEquals("['\\ud800x', 'y\\udc00']", CollectionText.of(List.of("\ud800x", "y\udc00")));
    }

    @Test
    void appliesToCollectionsMapsAndArraysOnly() {
        assertTrue(CollectionText.applies(List.of()));
        assertTrue(CollectionText.applies(Map.of()));
        assertTrue(CollectionText.applies(new byte[0]));
        assertTrue(CollectionText.applies(new Object[0]));
        assertFalse(CollectionText.applies("text"));
        assertFalse(CollectionText.applies(null));
        assertFalse(CollectionText.applies(42));
        assertNull(CollectionText.of("text"));
        assertNull(CollectionText.of(null));
        assertNull(CollectionText.of(42));
    }

    @Test
    void otherObjectsInsideShowTheirToString() {
        record Point(int x, int y) {
        }
        assertEquals("[Point[x=1, y=2]]", CollectionText.of(List.of(new Point(1, 2))));
    }
}
