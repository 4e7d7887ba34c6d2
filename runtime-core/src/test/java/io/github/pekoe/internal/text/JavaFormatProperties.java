package io.github.pekoe.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.IllegalFormatException;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Number text on generated formats: for random flags, widths, precisions and numbers, Pekoe's small
 * formatter writes what {@code String.format(Locale.ROOT, ...)} writes. The formats are those the
 * compiler plugin routes to it: the flags {@code - 0 + ,} in the combinations Java accepts (a format
 * Java refuses keeps TeaVM's own Formatter, so it never reaches the small one).
 */
class JavaFormatProperties {

    @Property(tries = 3000)
    void integersAgreeWithTheJdk(@ForAll("integerFormats") String format, @ForAll long value) {
        same(format, value);
        same(format, (int) value);
    }

    @Property(tries = 3000)
    void floatingPointAgreesWithTheJdk(@ForAll("floatFormats") String format, @ForAll("doubles") double value) {
        same(format, value);
    }

    private static void same(String format, Object value) {
        String expected;
        try {
            expected = String.format(Locale.ROOT, format, value);
        } catch (IllegalFormatException e) {
            Assume.that(false);
            return;
        }
        assertEquals(expected, JavaFormat.format(format, new Object[] {value}), () -> format + " of " + value);
    }

    @Provide
    Arbitrary<String> integerFormats() {
        return formats(Arbitraries.of("-", "+", "0", ","), Arbitraries.of("d", "x", "X", "o"), false);
    }

    @Provide
    Arbitrary<String> floatFormats() {
        return formats(Arbitraries.of("-", "+", "0", ","), Arbitraries.of("f", "e", "E", "g", "G"), true);
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(Arbitraries.doubles(),
                Arbitraries.longs().map(Double::longBitsToDouble),
                Arbitraries.doubles().between(-1e7, 1e7).ofScale(3),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.5, 2.5, 1e-5));
    }

    /** {@code %[flags][width][.precision]conversion}, with at most two flags. */
    private static Arbitrary<String> formats(Arbitrary<String> flags, Arbitrary<String> conversions, boolean precision) {
        Arbitrary<String> width = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.integers().between(1, 25).map(String::valueOf));
        Arbitrary<String> dot = precision
                ? Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.integers().between(0, 17).map(n -> "." + n))
                : Arbitraries.just("");
        return Combinators.combine(flags.list().ofMaxSize(2).map(list -> String.join("", list)), width, dot, conversions)
                .as((f, w, p, c) -> "[%" + f + w + p + c + "]");
    }
}
