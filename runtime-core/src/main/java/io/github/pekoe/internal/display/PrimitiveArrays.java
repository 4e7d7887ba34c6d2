package io.github.pekoe.internal.display;

/** Writes arrays of a primitive type as {@link CollectionText} writes lists, without boxing their items. */
final class PrimitiveArrays {
    private PrimitiveArrays() {
    }

    /** Tells whether {@code value} is an array of a primitive type. */
    static boolean isOne(Object value) {
        return value instanceof int[] || value instanceof long[] || value instanceof double[]
                || value instanceof byte[] || value instanceof boolean[] || value instanceof char[]
                || value instanceof short[] || value instanceof float[];
    }

    /** Appends {@code array}, an array of a primitive type, to {@code out} as {@code [1, 2]}. */
    static void write(StringBuilder out, Object array) {
        out.append('[');
        int length = length(array);
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            item(out, array, i);
        }
        out.append(']');
    }

    private static int length(Object array) {
        if (array instanceof int[]) {
            return ((int[]) array).length;
        } else if (array instanceof long[]) {
            return ((long[]) array).length;
        } else if (array instanceof double[]) {
            return ((double[]) array).length;
        } else if (array instanceof byte[]) {
            return ((byte[]) array).length;
        } else if (array instanceof boolean[]) {
            return ((boolean[]) array).length;
        } else if (array instanceof char[]) {
            return ((char[]) array).length;
        } else if (array instanceof short[]) {
            return ((short[]) array).length;
        }
        return ((float[]) array).length;
    }

    private static void item(StringBuilder out, Object array, int i) {
        if (array instanceof int[]) {
            out.append(((int[]) array)[i]);
        } else if (array instanceof long[]) {
            out.append(((long[]) array)[i]);
        } else if (array instanceof double[]) {
            out.append(((double[]) array)[i]);
        } else if (array instanceof byte[]) {
            out.append(((byte[]) array)[i]);
        } else if (array instanceof boolean[]) {
            out.append(((boolean[]) array)[i]);
        } else if (array instanceof char[]) {
            PythonQuotes.quote(out, String.valueOf(((char[]) array)[i]));
        } else if (array instanceof short[]) {
            out.append(((short[]) array)[i]);
        } else {
            out.append(((float[]) array)[i]);
        }
    }
}
