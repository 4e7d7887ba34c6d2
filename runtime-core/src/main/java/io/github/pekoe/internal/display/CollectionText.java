package io.github.pekoe.internal.display;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * How {@code display()} writes collections, maps and arrays: in the shape Python's {@code repr}
 * gives lists, sets, dicts and tuples, so a string shows its quotes and a map reads {@code {'a': 1}},
 * where Java's {@code toString()} gives {@code [a]}, {@code {a=1}} or an array's hash. Scalars keep
 * their Java text ({@code true}, {@code null}, {@code 1.0E20}), and other objects their
 * {@code toString()}. A container met again inside itself is {@code [...]} or <code>{...}</code>.
 */
public final class CollectionText {
    private final StringBuilder out = new StringBuilder();
    /** The containers being written, outermost first: what a cycle would meet again. */
    private Object[] path = new Object[8];
    private int depth;

    private CollectionText() {
    }

    /** Tells whether {@code value} is shown by {@link #of(Object)} rather than by its {@code toString()}. */
    public static boolean applies(Object value) {
        return value instanceof Collection || value instanceof Map || value instanceof Object[]
                || PrimitiveArrays.isOne(value);
    }

    /** Returns {@code value} written as described above, or null when it is no collection, map or array. */
    public static String of(Object value) {
        if (!applies(value)) {
            return null;
        }
        CollectionText text = new CollectionText();
        text.write(value);
        return text.out.toString();
    }

    private void write(Object value) {
        if (value instanceof CharSequence || value instanceof Character) {
            PythonQuotes.quote(out, value.toString());
        } else if (value instanceof Map.Entry) {
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) value;
            out.append('(');
            pair(entry, ", ");
            out.append(')');
        } else if (PrimitiveArrays.isOne(value)) {
            PrimitiveArrays.write(out, value);
        } else if (applies(value)) {
            container(value);
        } else {
            out.append(value);
        }
    }

    private void pair(Map.Entry<?, ?> entry, String between) {
        write(entry.getKey());
        out.append(between);
        write(entry.getValue());
    }

    private void container(Object value) {
        boolean isMap = value instanceof Map;
        boolean braces = isMap || value instanceof Set;
        String ends = braces ? "{}" : "[]";
        if (onPath(value)) {
            out.append(ends.charAt(0)).append("...").append(ends.charAt(1));
            return;
        }
        Iterable<?> items = isMap ? ((Map<?, ?>) value).entrySet()
                : value instanceof Object[] ? java.util.Arrays.asList((Object[]) value) : (Collection<?>) value;
        int start = out.length();
        out.append(ends.charAt(0));
        push(value);
        String separator = "";
        for (Object item : items) {
            out.append(separator);
            separator = ", ";
            if (isMap) {
                pair((Map.Entry<?, ?>) item, ": ");
            } else {
                write(item);
            }
        }
        depth--;
        if (braces && !isMap && separator.isEmpty()) {
            out.setLength(start);
            out.append("set()");
            return;
        }
        out.append(ends.charAt(1));
    }

    private boolean onPath(Object container) {
        for (int i = 0; i < depth; i++) {
            if (path[i] == container) {
                return true;
            }
        }
        return false;
    }

    private void push(Object container) {
        if (depth == path.length) {
            Object[] longer = new Object[depth * 2];
            for (int i = 0; i < depth; i++) {
                longer[i] = path[i];
            }
            path = longer;
        }
        path[depth++] = container;
    }
}
