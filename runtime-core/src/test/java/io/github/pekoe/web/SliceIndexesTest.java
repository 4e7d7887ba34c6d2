package io.github.pekoe.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Python's index and slice arithmetic, checked against what CPython gives for a list of five. */
class SliceIndexesTest {
    @Test
    void indexesCountFromTheEndWhenNegative() {
        assertEquals(0, SliceIndexes.index(0, 5));
        assertEquals(4, SliceIndexes.index(-1, 5));
        assertEquals(0, SliceIndexes.index(-5, 5));
        assertEquals("index 5 is out of range for a collection of 5 elements",
                assertThrows(IndexOutOfBoundsException.class, () -> SliceIndexes.index(5, 5)).getMessage());
        assertEquals("index -6 is out of range for a collection of 5 elements",
                assertThrows(IndexOutOfBoundsException.class, () -> SliceIndexes.index(-6, 5)).getMessage());
        assertEquals("index -1 is out of range for a collection of 0 elements",
                assertThrows(IndexOutOfBoundsException.class, () -> SliceIndexes.index(-1, 0)).getMessage());
    }

    @Test
    void slicesAsPythonDoes() {
        // list(range(5))[a:b:c] in CPython
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, SliceIndexes.positions(null, null, 1, 5));
        assertArrayEquals(new int[] {1, 2}, SliceIndexes.positions(1, 3, 1, 5));
        assertArrayEquals(new int[] {3, 4}, SliceIndexes.positions(-2, null, 1, 5));
        assertArrayEquals(new int[] {0, 1, 2, 3}, SliceIndexes.positions(null, -1, 1, 5));
        assertArrayEquals(new int[] {0, 2, 4}, SliceIndexes.positions(null, null, 2, 5));
        assertArrayEquals(new int[] {1, 3}, SliceIndexes.positions(1, null, 2, 5));
        assertArrayEquals(new int[] {0, 3}, SliceIndexes.positions(0, 5, 3, 5));
        assertArrayEquals(new int[] {4, 3, 2, 1, 0}, SliceIndexes.positions(null, null, -1, 5));
        assertArrayEquals(new int[] {4, 2, 0}, SliceIndexes.positions(null, null, -2, 5));
        assertArrayEquals(new int[] {3, 2}, SliceIndexes.positions(3, 1, -1, 5));
        assertArrayEquals(new int[] {4, 3, 2, 1, 0}, SliceIndexes.positions(-1, -6, -1, 5));
        assertArrayEquals(new int[] {4, 3}, SliceIndexes.positions(10, 2, -1, 5));
    }

    @Test
    void clampsBoundsPastTheEnds() {
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, SliceIndexes.positions(-10, 10, 1, 5));
        assertArrayEquals(new int[] {}, SliceIndexes.positions(2, 1, 1, 5));
        assertArrayEquals(new int[] {}, SliceIndexes.positions(7, 9, 1, 5));
        assertArrayEquals(new int[] {}, SliceIndexes.positions(1, 3, -1, 5));
        assertArrayEquals(new int[] {}, SliceIndexes.positions(null, null, 1, 0));
        assertArrayEquals(new int[] {}, SliceIndexes.positions(null, null, -1, 0));
    }

    @Test
    void refusesAZeroStep() {
        assertEquals("a slice step cannot be zero",
                assertThrows(IllegalArgumentException.class, () -> SliceIndexes.positions(0, 5, 0, 5)).getMessage());
    }
}
