package io.github.pekoe.internal.toml;

import java.util.List;
import java.util.Map;

/**
 * Reads a TOML 1.0 document into the Java values a JSON config gives: a {@code Map} that keeps key
 * order, {@code List}, {@code String}, {@code Long}, {@code Double} and {@code Boolean}; dates and
 * times stay the strings they were written as.
 */
public final class TomlText {
    private TomlText() {
    }

    /**
     * Reads a decimal float that TOML's grammar has already checked, such as {@code -1.5e06}: the page
     * gives the browser's {@code Number}, the JVM {@code Double.parseDouble}; both round exactly, and
     * Java's parser would add its tables to the page's bundle.
     */
    public interface Floats {
        /** Returns the double nearest to {@code text}. */
        double parse(String text);
    }

    /**
     * Parses {@code text}, a whole TOML document, reading floats with {@code floats}.
     *
     * @throws IllegalArgumentException naming the line and the problem when the text is not TOML
     */
    public static Map<String, Object> parse(String text, Floats floats) {
        TomlScanner in = new TomlScanner(text);
        TomlTable root = new TomlTable(TomlTable.HEADER);
        TomlTable current = root;
        while (true) {
            in.skipBlank();
            if (in.atEnd()) {
                return root;
            }
            if (in.take('[')) {
                boolean array = in.take('[');
                List<String> key = in.key();
                in.expect(']', "to close the table header");
                if (array) {
                    in.expect(']', "to close the array-of-tables header");
                }
                current = TomlTable.open(in, root, key, array);
            } else {
                List<String> key = in.key();
                in.expect('=', "after the key");
                in.skipSpaces();
                TomlTable.put(in, current, key, TomlValues.read(in, floats));
            }
            in.endOfLine();
        }
    }
}
