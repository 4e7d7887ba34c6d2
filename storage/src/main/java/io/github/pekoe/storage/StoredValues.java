package io.github.pekoe.storage;

import java.util.List;
import java.util.Map;

/** Decides which Java values a store can hold, and says why one cannot be held. */
final class StoredValues {
    /** The largest whole number JavaScript, and so the stored data, holds exactly. */
    static final long MAX_EXACT = 9007199254740991L;
    private static final int MAX_DEPTH = 512;
    private static final String HOLDS = "storage holds null, Boolean, Integer, Long, Double, String, List, Map"
            + " (String keys) and, at the top level, byte[]";

    private StoredValues() {
    }

    /**
     * Checks that {@code value} may be stored under {@code key}.
     *
     * @throws IllegalArgumentException naming the key and the type that cannot be stored
     */
    static void check(String key, Object value) {
        if (key == null) {
            throw new IllegalArgumentException("storage keys are strings, not null");
        }
        if (!(value instanceof byte[])) {
            check(key, value, 0);
        }
    }

    private static void check(String key, Object value, int depth) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer) {
            return;
        }
        if (value instanceof Long) {
            long n = ((Long) value).longValue();
            if (n > MAX_EXACT || n < -MAX_EXACT) {
                throw refuse(key, depth, "the Long " + n + " (beyond 2^53 - 1, it would not come back exactly)");
            }
            return;
        }
        if (value instanceof Double) {
            double d = ((Double) value).doubleValue();
            if (d != d || d - d != 0) {
                throw refuse(key, depth, "the Double " + d + " (not finite)");
            }
            return;
        }
        if (depth >= MAX_DEPTH) {
            throw refuse(key, depth, "a value nested more than " + MAX_DEPTH + " levels deep (does it contain itself?)");
        }
        if (value instanceof List) {
            for (Object item : (List<?>) value) {
                check(key, item, depth + 1);
            }
            return;
        }
        if (value instanceof Map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                Object name = entry.getKey();
                if (!(name instanceof String)) {
                    throw refuse(key, depth, "a Map with the key " + typeName(name) + " (map keys must be Strings)");
                }
                check(key, entry.getValue(), depth + 1);
            }
            return;
        }
        throw refuse(key, depth, "a " + typeName(value));
    }

    private static IllegalArgumentException refuse(String key, int depth, String what) {
        String where = depth == 0 ? "under the key '" + key + "'" : "inside the value of the key '" + key + "'";
        return new IllegalArgumentException("cannot store " + what + " " + where + ": " + HOLDS);
    }

    private static String typeName(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof byte[] ? "byte[]" : value.getClass().getName();
    }
}
