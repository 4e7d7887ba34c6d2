package io.github.pekoe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Class names split as classList sees them, and the class arguments update() takes. */
class ClassNamesTest {
    @Test
    void splitsAtAsciiWhitespace() {
        assertEquals(List.of("a"), ClassNames.split("a"));
        assertEquals(List.of("class1", "class2", "class3"), ClassNames.split("class1 class2 class3"));
        assertEquals(List.of("a", "b", "c", "d"), ClassNames.split("  a\tb\n\nc\r\fd  "));
        assertEquals(List.of(), ClassNames.split(""));
        assertEquals(List.of(), ClassNames.split(" \t "));
        assertEquals(List.of("a\u00a0b"), ClassNames.split("a\u00a0b"), "a no-break space is part of a name");
    }

    @Test
    void updateTakesAStringAnIterableOrAnArray() {
        assertEquals(List.of("a", "b"), Updates.classNames("a b"));
        assertEquals(List.of("a", "b", "c"), Updates.classNames(List.of("a", "b c")));
        assertEquals(List.of("x", "y"), Updates.classNames(new String[] {"x", "y"}));
        assertEquals(List.of("n", "m"), Updates.classNames(List.of(List.of("n"), new Object[] {"m"})));
    }

    @Test
    void anythingElseIsAClearError() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Updates.classNames(42));
        assertEquals("classes are a String, or an Iterable or array of Strings, not a java.lang.Integer", e.getMessage());
    }
}
