package io.github.pekoe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** dataset keys and data-* names, as the HTML standard maps them. */
class DataNamesTest {
    @Test
    void keysBecomeAttributes() {
        assertEquals("data-id", DataNames.toAttribute("id"));
        assertEquals("data-user-id", DataNames.toAttribute("userId"));
        assertEquals("data-a-b-c", DataNames.toAttribute("aBC"));
        assertEquals("data-x-1", DataNames.toAttribute("x-1"));
        assertEquals("data-", DataNames.toAttribute(""));
    }

    @Test
    void attributesBecomeKeys() {
        assertEquals("id", DataNames.toKey("data-id"));
        assertEquals("userId", DataNames.toKey("data-user-id"));
        assertEquals("aBC", DataNames.toKey("data-a-b-c"));
        assertEquals("x-1", DataNames.toKey("data-x-1"));
        assertNull(DataNames.toKey("id"));
        assertNull(DataNames.toKey("aria-label"));
    }

    @Test
    void refusesAHyphenBeforeALowerCaseLetter() {
        assertEquals("'user-id' is not a dataset key: a hyphen before a lower-case letter; write it in camel case",
                assertThrows(IllegalArgumentException.class, () -> DataNames.toAttribute("user-id")).getMessage());
    }
}
