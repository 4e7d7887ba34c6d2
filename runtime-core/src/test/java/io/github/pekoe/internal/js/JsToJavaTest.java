package io.github.pekoe.internal.js;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The numbers of JavaScript as Java sees them: Long when whole and exact, else Double. */
class JsToJavaTest {
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "0, Long, 0", "42, Long, 42", "-17, Long, -17", "2.5, Double, 2.5", "-0.0, Double, -0.0",
        "9007199254740991, Long, 9007199254740991", "-9007199254740991, Long, -9007199254740991",
        "9007199254740992, Double, 9.007199254740992E15", "1e300, Double, 1.0E300",
        "NaN, Double, NaN", "Infinity, Double, Infinity", "-Infinity, Double, -Infinity", "0.1, Double, 0.1"})
    void numbersBecomeLongOrDouble(double number, String type, String text) {
        Object converted = JsToJava.number(number);
        assertEquals(type, converted.getClass().getSimpleName());
        assertEquals(text, String.valueOf(converted));
    }
}
