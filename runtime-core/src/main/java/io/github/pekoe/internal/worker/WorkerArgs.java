package io.github.pekoe.internal.worker;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the arguments of a call into the parameter types of an {@code @Export} method, for the code
 * the annotation processor generates; a missing or mistyped argument is an exception that names the
 * export, the position and what came.
 */
public final class WorkerArgs {
    private WorkerArgs() {
    }

    /**
     * Checks that a call of {@code export} has {@code count} arguments.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static void count(String export, List<@Nullable Object> args, int count) {
        if (args.size() != count) {
            throw new IllegalArgumentException("export '" + export + "' takes " + count
                    + (count == 1 ? " argument" : " arguments") + ", but the call gave " + args.size());
        }
    }

    /** Argument {@code i} as any value. */
    public static @Nullable Object object(String export, List<@Nullable Object> args, int i) {
        return args.get(i);
    }

    /** Argument {@code i} as a String (null stays null). */
    public static @Nullable String string(String export, List<@Nullable Object> args, int i) {
        Object value = args.get(i);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw wrong(export, i, "a String", value);
    }

    /** Argument {@code i} as a number. */
    public static Number number(String export, List<@Nullable Object> args, int i) {
        Object value = args.get(i);
        if (value instanceof Number) {
            return (Number) value;
        }
        throw wrong(export, i, "a number", value);
    }

    /** Argument {@code i} as a whole number that fits {@code long}. */
    public static long whole(String export, List<@Nullable Object> args, int i) {
        Object value = args.get(i);
        if (value instanceof Number) {
            double d = ((Number) value).doubleValue();
            if (d == Math.floor(d) && !Double.isInfinite(d)) {
                return ((Number) value).longValue();
            }
        }
        throw wrong(export, i, "a whole number", value);
    }

    /** Argument {@code i} as a boolean. */
    public static boolean bool(String export, List<@Nullable Object> args, int i) {
        Object value = args.get(i);
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        throw wrong(export, i, "a boolean", value);
    }

    /** Argument {@code i} as bytes (null stays null). */
    public static byte @Nullable [] bytes(String export, List<@Nullable Object> args, int i) {
        Object value = args.get(i);
        if (value == null || value instanceof byte[]) {
            return (byte[]) value;
        }
        throw wrong(export, i, "a byte[]", value);
    }

    /** Argument {@code i} as a list (null stays null). */
    public static @Nullable List<?> list(String export, List<@Nullable Object> args, int i) {
        Object value = args.get(i);
        if (value == null || value instanceof List) {
            return (List<?>) value;
        }
        throw wrong(export, i, "a List", value);
    }

    /** Argument {@code i} as a map (null stays null). */
    public static @Nullable Map<?, ?> map(String export, List<@Nullable Object> args, int i) {
        Object value = args.get(i);
        if (value == null || value instanceof Map) {
            return (Map<?, ?>) value;
        }
        throw wrong(export, i, "a Map", value);
    }

    private static IllegalArgumentException wrong(String export, int i, String wanted, @Nullable Object value) {
        return new IllegalArgumentException("export '" + export + "': argument " + (i + 1) + " must be " + wanted
                + ", not " + (value == null ? "null" : value.getClass().getSimpleName() + " " + value));
    }
}
