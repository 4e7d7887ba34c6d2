package io.github.pekoe.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.IllegalFormatCodePointException;
import java.util.IllegalFormatConversionException;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pekoe's small formatter writes what {@code String.format(Locale.ROOT, ...)} writes, case by case. */
class JavaFormatTest {
    private static void same(String format, Object... args) {
        assertEquals(String.format(Locale.ROOT, format, args), JavaFormat.format(format, args),
                () -> format + " of " + java.util.Arrays.toString(args));
    }

    @Test
    void textConversions() {
        same("%s and %S", "tea", "tea");
        same("[%8s] [%-8s] [%.2s] [%-6.3s]", "pekoe", "pekoe", "pekoe", "pekoe");
        same("%s %s %s", null, 42, java.util.List.of(1, 2));
        same("%b %b %b %B %b", true, false, null, "x", Boolean.FALSE);
        same("%c%c%c%C [%3c] [%-3c]", 'a', 66, 0x1F600, 'q', 'x', 'y');
        same("100%% %n%-4%|%4%|");
        same("%2$s %1$s %s %s %1$s", "a", "b");
        same("%s", (Object) null);
        same("%.0s|%5.1S|", "abc", "xyz");
    }

    @Test
    void formattableArgumentsWriteThemselves() {
        java.util.Formattable tea = (formatter, flags, width, precision) -> formatter.format("tea(%d,%d,%d)", flags,
                width, precision);
        same("%s|%-8S|%.2s", tea, tea, tea);
    }

    @Test
    void integers() {
        for (long value : new long[] {0, 7, -7, 42, 999, 1000, -1000, 1234567, -1234567, Integer.MAX_VALUE,
                Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE}) {
            same("%d|%5d|%-5d|%05d|%+d|%,d|%,015d|%+,10d|%-+8d|%+09d", value, value, value, value, value, value,
                    value, value, value, value);
            same("%x|%X|%o|%08x|%-12o|%020X", value, value, value, value, value, value);
            int i = (int) value;
            same("%d|%x|%o|%08X|%,d", i, i, i, i, i);
            same("%d|%x|%o|%5x", (short) value, (short) value, (short) value, (short) value);
            same("%d|%x|%o|%05o", (byte) value, (byte) value, (byte) value, (byte) value);
        }
        BigInteger big = new BigInteger("-123456789012345678901234567890");
        same("%d|%,d|%x|%o|%040d|%040x|%X", big, big, big, big, big, big, big);
        same("%d|%x", big.negate(), big.negate());
        same("%d %5d %x", null, null, null);
    }

    @Test
    void floatingPoint() {
        double[] values = {0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.15, 1.005, 3.14159, 2.0 / 3, 100.0 / 3, 0.0001,
            0.00009999, 0.0001234, 123456.789, 999999.5, 9.9999995, 99.995, 1e7, 1.0E10, 1.0E21, 6.02214076E23,
            1.0E-5, 5e-324, Double.MAX_VALUE, Double.MIN_NORMAL, 1234567.0, -1234.5678};
        for (double value : values) {
            same("%f|%.2f|%.0f|%10.3f|%-10.1f|%010.2f|%+.3f|%,.2f|%,015.1f|%.12f", value, value, value, value,
                    value, value, value, value, value, value);
            same("%e|%.2e|%.0e|%12.3E|%-12.1e|%012.2e|%+.3e", value, value, value, value, value, value, value);
            same("%g|%.3g|%.0g|%12.4G|%-12.1g|%012.2g|%+.10g|%,g", value, value, value, value, value, value,
                    value, value);
        }
        for (float value : new float[] {0.1f, 1.1f, (float) Math.PI, 16777216f, -0.5f, 3.4028235E38f}) {
            same("%f|%.2f|%e|%g|%.10f", value, value, value, value, value);
        }
        for (double special : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            same("%f|%8.2f|%-8e|%+g|%08f|%E|%G", special, special, special, special, special, special, special);
        }
        same("%f %e %g", null, null, null);
    }

    @Test
    void floatingPointAgreesWithTheJdkOnRandomValues() {
        Random random = new Random(15);
        for (int n = 0; n < 3000; n++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(value)) {
                continue;
            }
            double scaled = random.nextDouble() * Math.pow(10, random.nextInt(24) - 12);
            same("%.3f|%.1e|%g|%.4g|%f", value, value, value, value, scaled);
            same("%.3f|%.1e|%g|%.4g|%.15f|%,.2f", scaled, scaled, scaled, scaled, scaled, scaled);
        }
    }

    @Test
    void bigDecimals() {
        for (String text : new String[] {"0", "0.00", "1.005", "-2.5", "123456789.987654321", "1E+3", "9.9999999",
            "0.000123456", "-0.0000001", "0E+3", "0E-7", "99999.5", "123456789", "0.0000999"}) {
            BigDecimal value = new BigDecimal(text);
            same("%s|%f|%.2f|%.0f|%,.3f|%e|%.2e", value, value, value, value, value, value, value);
            same("%g|%.3g|%.1g|%,12.2G", value, value, value, value);
        }
    }

    @Test
    void wrongArgumentsThrowJavasExceptions() {
        assertThrows(IllegalFormatConversionException.class, () -> JavaFormat.format("%d", new Object[] {"x"}));
        assertThrows(IllegalFormatConversionException.class, () -> JavaFormat.format("%f", new Object[] {1}));
        assertThrows(IllegalFormatConversionException.class, () -> JavaFormat.format("%c", new Object[] {1.0}));
        assertThrows(IllegalFormatCodePointException.class, () -> JavaFormat.format("%c", new Object[] {-1}));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> JavaFormat.format("%s %s", new Object[] {"a"}));
        assertEquals("Format specifier '%s'", missing.getMessage());
        assertEquals("d != java.lang.String", assertThrows(IllegalFormatConversionException.class,
                () -> JavaFormat.format("%d", new Object[] {"x"})).getMessage());
    }
}
