package io.github.pekoe.internal.toml;

import java.util.ArrayList;
import java.util.List;

/** Reads one TOML value: a string, an array, an inline table, or a scalar token. */
final class TomlValues {
    private TomlValues() {
    }

    /** Reads the value that starts at the scanner's position. */
    static Object read(TomlScanner in, TomlText.Floats floats) {
        char c = in.peek();
        if (c == '"' || c == '\'') {
            return TomlStrings.read(in, false);
        }
        if (c == '[') {
            return array(in, floats);
        }
        if (c == '{') {
            return inlineTable(in, floats);
        }
        String token = in.token();
        if (token.isEmpty()) {
            throw in.error("expected a value, found " + in.describe());
        }
        return TomlScalars.parse(in, token, floats);
    }

    private static List<Object> array(TomlScanner in, TomlText.Floats floats) {
        in.skip();
        List<Object> list = new ArrayList<>();
        while (true) {
            in.skipBlank();
            if (in.take(']')) {
                return list;
            }
            list.add(read(in, floats));
            in.skipBlank();
            if (in.take(']')) {
                return list;
            }
            if (!in.take(',')) {
                throw in.error("expected ',' or ']' in an array, found " + in.describe());
            }
        }
    }

    private static TomlTable inlineTable(TomlScanner in, TomlText.Floats floats) {
        in.skip();
        TomlTable table = new TomlTable(TomlTable.DOTTED);
        in.skipSpaces();
        if (in.take('}')) {
            return TomlTable.freeze(table);
        }
        while (true) {
            List<String> key = in.key();
            in.expect('=', "after the key");
            in.skipSpaces();
            TomlTable.put(in, table, key, read(in, floats));
            in.skipSpaces();
            if (in.take('}')) {
                return TomlTable.freeze(table);
            }
            if (!in.take(',')) {
                throw in.error("expected ',' or '}' in an inline table (on one line), found " + in.describe());
            }
        }
    }
}
