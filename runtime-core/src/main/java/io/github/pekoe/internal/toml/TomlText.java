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
     * Parses {@code text}, a whole TOML document.
     *
     * @throws IllegalArgumentException naming the line and the problem when the text is not TOML
     */
    public static Map<String, Object> parse(String text) {
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
                TomlTable.put(in, current, key, TomlValues.read(in));
            }
            in.endOfLine();
        }
    }
}
