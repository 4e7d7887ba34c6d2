package io.github.pekoe.internal.toml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A TOML table while its document is read: a map in key order that remembers how it was made, so
 * that TOML's rules on defining a table once can be checked.
 */
final class TomlTable extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    /** Made as the parent of a header's table; a header of its own may still define it once. */
    static final int IMPLICIT = 0;
    /** Defined by a {@code [header]} (or the document's root, or an element of an array of tables). */
    static final int HEADER = 1;
    /** Made by a dotted key; more dotted keys of the same section may add to it. */
    static final int DOTTED = 2;
    /** An inline table: complete once written. */
    static final int FROZEN = 3;

    int kind;

    TomlTable(int kind) {
        this.kind = kind;
    }

    /** An array of tables, {@code [[name]]}: a list that later headers of that name append to. */
    static final class Array extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Puts {@code value} at the dotted {@code key} inside {@code table}, making the tables its
     * dotted parts name.
     */
    static void put(TomlScanner in, TomlTable table, List<String> key, Object value) {
        TomlTable target = table;
        int last = key.size() - 1;
        for (int i = 0; i < last; i++) {
            Object existing = target.get(key.get(i));
            if (existing == null) {
                TomlTable child = new TomlTable(DOTTED);
                target.put(key.get(i), child);
                target = child;
            } else if (existing instanceof TomlTable && ((TomlTable) existing).kind == DOTTED) {
                target = (TomlTable) existing;
            } else {
                throw in.error("cannot add '" + dotted(key, last) + "': '" + dotted(key, i)
                        + "' is already defined elsewhere");
            }
        }
        if (target.containsKey(key.get(last))) {
            throw in.error("'" + dotted(key, last) + "' is defined twice");
        }
        target.put(key.get(last), value);
    }

    /**
     * Opens the table of the header {@code [key]} (or {@code [[key]]}, a new element of an array of
     * tables) and returns it.
     */
    static TomlTable open(TomlScanner in, TomlTable root, List<String> key, boolean arrayOfTables) {
        TomlTable target = root;
        int last = key.size() - 1;
        for (int i = 0; i < last; i++) {
            Object existing = target.get(key.get(i));
            if (existing == null) {
                TomlTable child = new TomlTable(IMPLICIT);
                target.put(key.get(i), child);
                target = child;
            } else if (existing instanceof Array) {
                List<?> array = (List<?>) existing;
                target = (TomlTable) array.get(array.size() - 1);
            } else if (existing instanceof TomlTable && ((TomlTable) existing).kind != FROZEN) {
                target = (TomlTable) existing;
            } else {
                throw in.error("cannot open '" + dotted(key, last) + "': '" + dotted(key, i)
                        + "' is already a value that is not a table");
            }
        }
        String name = key.get(last);
        Object existing = target.get(name);
        TomlTable opened = new TomlTable(HEADER);
        if (arrayOfTables) {
            if (existing == null) {
                existing = new Array();
                target.put(name, existing);
            } else if (!(existing instanceof Array)) {
                throw in.error("cannot make '" + dotted(key, last)
                        + "' an array of tables: it is already defined as something else");
            }
            ((Array) existing).add(opened);
            return opened;
        }
        if (existing == null) {
            target.put(name, opened);
            return opened;
        }
        if (existing instanceof TomlTable && ((TomlTable) existing).kind == IMPLICIT) {
            ((TomlTable) existing).kind = HEADER;
            return (TomlTable) existing;
        }
        throw in.error("table '" + dotted(key, last) + "' is defined twice");
    }

    /** Marks an inline table and the tables its dotted keys made as complete. */
    static TomlTable freeze(TomlTable table) {
        table.kind = FROZEN;
        for (Object value : table.values()) {
            if (value instanceof TomlTable) {
                freeze((TomlTable) value);
            }
        }
        return table;
    }

    /** The key's parts up to {@code end}, joined by dots, for messages. */
    private static String dotted(List<String> key, int end) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i <= end; i++) {
            out.append(i == 0 ? "" : ".").append(key.get(i));
        }
        return out.toString();
    }
}
