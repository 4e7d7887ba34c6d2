package io.github.pekoe.ffi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What Ffi decides before it touches JavaScript: null, Java values that are never none, bad input. */
class FfiTest {
    @Test
    void nullStaysNull() {
        assertNull(Ffi.toJs(null));
        assertTrue(Ffi.isNone(null));
    }

    @Test
    void javaValuesAreNeverNone() {
        for (Object value : new Object[] {0, "", false, List.of(), Map.of(), new Object()}) {
            assertFalse(Ffi.isNone(value), String.valueOf(value));
        }
    }

    @Test
    void otherJavaObjectsAreAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ffi.toJs(new Thread()));
        assertEquals("Ffi.toJs cannot convert a java.lang.Thread: give a Map, Iterable, array, byte[], String, number,"
                + " Boolean, null or a JavaScript object", e.getMessage());
        assertEquals("Ffi.assign needs a target object, not null",
                assertThrows(IllegalArgumentException.class, () -> Ffi.assign(null, Map.of())).getMessage());
    }
}
