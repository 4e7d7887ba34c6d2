package io.github.pekoe.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NameTableTest {
    @Test
    void anEmptyTableFindsNothingAndJoinsNothing() {
        NameTable<Integer> table = new NameTable<>();
        assertEquals(0, table.size());
        assertEquals(-1, table.indexOf("a"));
        assertNull(table.find("a"));
        assertEquals("", table.joinedNames());
    }

    @Test
    void valuesAreFoundByNameInTheOrderAddedPastTheFirstArrays() {
        NameTable<Integer> table = new NameTable<>();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            table.add("n" + i, i * 10);
            expected.append(i == 0 ? "" : ", ").append("n").append(i);
        }
        assertEquals(11, table.size());
        for (int i = 0; i < 11; i++) {
            assertEquals("n" + i, table.name(i));
            assertEquals(i, table.indexOf("n" + i));
            assertEquals(i * 10, table.find("n" + i));
        }
        assertEquals(expected.toString(), table.joinedNames());
        assertNull(table.find("n11"));
    }

    @Test
    void aRepeatedNameFindsItsFirstValue() {
        NameTable<String> table = new NameTable<>();
        table.add("x", "first");
        table.add("x", "second");
        assertEquals(2, table.size());
        assertEquals(0, table.indexOf("x"));
        assertEquals("first", table.find("x"));
        assertEquals("x, x", table.joinedNames());
    }
}
