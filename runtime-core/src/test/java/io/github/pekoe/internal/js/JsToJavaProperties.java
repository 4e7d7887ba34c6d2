package io.github.pekoe.internal.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * JavaScript numbers as Java sees them, on generated numbers: a Long exactly when the number is whole
 * and within 2^53 - 1 (and not -0), else a Double; either way the same number.
 */
class JsToJavaProperties {
    @Property(tries = 3000)
    void everyNumberKeepsItsValueAndIsALongExactlyWhenWholeAndSafe(@ForAll double n) {
        Object converted = JsToJava.number(n);
        boolean safeWhole = n == Math.rint(n) && Math.abs(n) <= 9007199254740991.0 && !isNegativeZero(n);
        assertEquals(safeWhole ? Long.class : Double.class, converted.getClass(), () -> n + " became " + converted);
        if (converted instanceof Long) {
            assertEquals(n, ((Long) converted).doubleValue());
        } else {
            assertEquals(Double.doubleToRawLongBits(n), Double.doubleToRawLongBits((Double) converted));
        }
    }

    @Property(tries = 1000)
    void everySafeWholeNumberIsItsLong(@ForAll @LongRange(min = -9007199254740991L, max = 9007199254740991L) long n) {
        assertEquals(n, JsToJava.number((double) n));
        assertTrue(JsToJava.number((double) n) instanceof Long);
    }

    private static boolean isNegativeZero(double n) {
        return n == 0 && 1 / n < 0;
    }
}
