package io.github.pekoe.storage;

import io.github.pekoe.internal.js.JsToJava;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PyScript's stored value format: the Flatted text of {@code ["null", 0]}, {@code ["generic", value]}
 * or {@code ["bytearray", [0-255...]]}. Flatted writes a JSON array whose first entry is the value and
 * in which every string and every array or object is replaced by the index, as a string, of an entry
 * of its own; so {@code ["generic", "hi"]} is {@code [["1","2"],"generic","hi"]}.
 */
final class ValueFormat {
    /** What {@link #decodeSimple} returns for a text it leaves to {@link #decode}. */
    static final Object NOT_SIMPLE = new Object();

    private static final String NULL = "[[\"1\",0],\"null\"]";
    private static final String STRING_START = "[[\"1\",\"2\"],\"generic\",\"";
    private static final String STRING_END = "\"]";
    private static final String SCALAR_START = "[[\"1\",";
    private static final String SCALAR_END = "],\"generic\"]";

    private ValueFormat() {
    }

    /** The stored text of {@code value}, which {@link StoredValues#check} accepted. */
    static String encode(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof String) {
            return "[[\"1\",\"2\"],\"generic\"," + JsonScalars.of(value) + "]";
        }
        if (!(value instanceof List || value instanceof Map || value instanceof byte[])) {
            return SCALAR_START + JsonScalars.of(value) + SCALAR_END;
        }
        List<Object> top = new ArrayList<>(2);
        if (value instanceof byte[]) {
            byte[] bytes = (byte[]) value;
            List<Object> ints = new ArrayList<>(bytes.length);
            for (byte b : bytes) {
                ints.add(b & 0xFF);
            }
            top.add("bytearray");
            top.add(ints);
        } else {
            top.add("generic");
            top.add(value);
        }
        return new Writer().write(top);
    }

    /**
     * The value of the commonest texts without parsing them: null, a string without escapes, a
     * boolean; {@link #NOT_SIMPLE} for any other text.
     */
    static Object decodeSimple(String text) {
        if (text.equals(NULL)) {
            return null;
        }
        int length = text.length();
        if (text.startsWith(STRING_START) && text.endsWith(STRING_END)
                && length >= STRING_START.length() + STRING_END.length()) {
            String inner = text.substring(STRING_START.length(), length - STRING_END.length());
            return inner.indexOf('\\') < 0 && inner.indexOf('"') < 0 ? inner : NOT_SIMPLE;
        }
        if (text.startsWith(SCALAR_START) && text.endsWith(SCALAR_END)) {
            String inner = text.substring(SCALAR_START.length(), length - SCALAR_END.length());
            if (inner.equals("true") || inner.equals("false")) {
                return Boolean.valueOf(inner.equals("true"));
            }
        }
        return NOT_SIMPLE;
    }

    /**
     * The Java value of a stored text, given as {@code raw} and already parsed as JSON into
     * {@code parsed} (lists, maps, strings, numbers, booleans, null). A text that is not in the
     * format comes back as it is, as PyScript does.
     */
    static Object decode(String raw, Object parsed) {
        if (!(parsed instanceof List) || ((List<?>) parsed).isEmpty()) {
            return raw;
        }
        Object top = new Reviver((List<?>) parsed).resolve(0);
        if (!(top instanceof List) || ((List<?>) top).size() != 2 || !(((List<?>) top).get(0) instanceof String)) {
            return raw;
        }
        String kind = (String) ((List<?>) top).get(0);
        Object data = ((List<?>) top).get(1);
        if (kind.equals("generic")) {
            return data;
        }
        if (kind.equals("null")) {
            return null;
        }
        if (kind.equals("bytearray") || kind.equals("memoryview")) {
            return data instanceof List ? bytes((List<?>) data) : raw;
        }
        return raw;
    }

    private static Object bytes(List<?> ints) {
        byte[] bytes = new byte[ints.size()];
        for (int i = 0; i < bytes.length; i++) {
            Object n = ints.get(i);
            bytes[i] = n instanceof Number ? (byte) ((Number) n).intValue() : 0;
        }
        return bytes;
    }

    /** Writes Flatted text: one entry per distinct string and per array or object, in the order met. */
    private static final class Writer {
        private final List<Object> entries = new ArrayList<>();
        /** Each string's entry by its value, each array's and object's by its identity ({@link Identity}). */
        private final Map<Object, String> indexes = new HashMap<>();

        String write(Object top) {
            entries.add(top);
            indexes.put(new Identity(top), "0");
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < entries.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                entry(out, entries.get(i));
            }
            return out.append(']').toString();
        }

        private void entry(StringBuilder out, Object entry) {
            if (entry instanceof String) {
                out.append(JsonScalars.of(entry));
            } else if (entry instanceof List) {
                out.append('[');
                boolean first = true;
                for (Object item : (List<?>) entry) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    reference(out, item);
                }
                out.append(']');
            } else {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> member : ((Map<?, ?>) entry).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(JsonScalars.of(member.getKey())).append(':');
                    reference(out, member.getValue());
                }
                out.append('}');
            }
        }

        private void reference(StringBuilder out, Object value) {
            if (value instanceof String || value instanceof List || value instanceof Map) {
                Object key = value instanceof String ? value : new Identity(value);
                String index = indexes.get(key);
                if (index == null) {
                    index = add(value);
                    indexes.put(key, index);
                }
                out.append('"').append(index).append('"');
            } else {
                out.append(JsonScalars.of(value));
            }
        }

        private String add(Object value) {
            entries.add(value);
            return String.valueOf(entries.size() - 1);
        }
    }

    /**
     * A key equal only to a key of the same object: Flatted gives an array or object one entry however
     * equal another is (a HashMap of these costs a bundle less than an IdentityHashMap).
     */
    private static final class Identity {
        private final Object value;

        Identity(Object value) {
            this.value = value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity && ((Identity) other).value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /** Rebuilds the value of entry 0: strings inside arrays and objects are indexes of other entries. */
    private static final class Reviver {
        private final List<?> entries;
        private final Object[] done;

        Reviver(List<?> entries) {
            this.entries = entries;
            this.done = new Object[entries.size()];
        }

        Object resolve(int index) {
            if (done[index] != null) {
                return done[index];
            }
            Object entry = entries.get(index);
            if (entry instanceof List) {
                List<Object> list = new ArrayList<>(((List<?>) entry).size());
                done[index] = list;
                for (Object item : (List<?>) entry) {
                    list.add(child(item));
                }
                return list;
            }
            if (entry instanceof Map) {
                Map<String, Object> map = new LinkedHashMap<>();
                done[index] = map;
                for (Map.Entry<?, ?> member : ((Map<?, ?>) entry).entrySet()) {
                    map.put(String.valueOf(member.getKey()), child(member.getValue()));
                }
                return map;
            }
            return entry instanceof Double ? JsToJava.number(((Double) entry).doubleValue()) : entry;
        }

        private Object child(Object value) {
            if (value instanceof String) {
                int index = index((String) value);
                return index >= 0 ? resolve(index) : value;
            }
            if (value instanceof Double) {
                return JsToJava.number(((Double) value).doubleValue());
            }
            return value;
        }

        private int index(String text) {
            int n = 0;
            int length = text.length();
            if (length == 0 || length > 9) {
                return -1;
            }
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                n = n * 10 + (c - '0');
            }
            return n < entries.size() ? n : -1;
        }
    }
}
