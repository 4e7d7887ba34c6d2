package io.github.pekoe.teavm.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which format strings the small formatter takes, and which keep TeaVM's Formatter. */
class FormatCheckTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "plain text, no specifiers                 | true",
        "%s %S %b %B %c %C %d %x %X %o             | true",
        "%f %.2f %e %E %g %G %10.3f %-10.1e %+,.2f  | true",
        "%5d %-5d %05d %+d %,d %,015d %+,10d        | true",
        "%2$s %1$s %s                              | true",
        "100%% %n %-4%                             | true",
        "%.3s %-8.2S %12b                          | true",
        "%08x %-6o %010X                           | true",
        "%tY                                       | false",
        "%h                                        | false",
        "%a                                        | false",
        "%#x                                       | false",
        "% d                                       | false",
        "%(d                                       | false",
        "%<s                                       | false",
        "%0$s                                      | false",
        "%--5d                                     | false",
        "%-d                                       | false",
        "%05s                                      | false",
        "%-05d                                     | false",
        "%,x                                       | false",
        "%+x                                       | false",
        "%,e                                       | false",
        "%.2d                                      | false",
        "%.2c                                      | false",
        "%5n                                       | false",
        "%.2%                                      | false",
        "%q                                        | false",
        "trailing %                                | false",
        "%.f                                       | false",
        "%1$%                                      | false",
        "%1234567d                                 | false",
    })
    void decidesWhichFormatsTheSmallFormatterTakes(String format, boolean supported) {
        assertEquals(supported, FormatCheck.supported(format.strip()));
    }
}
