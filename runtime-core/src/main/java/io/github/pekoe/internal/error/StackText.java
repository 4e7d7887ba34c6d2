package io.github.pekoe.internal.error;

import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSBody;

/**
 * Writes a throwable as Java prints it: class, message, frames, and each cause. The frames are those
 * of the JavaScript stack captured where the exception was thrown (TeaVM's JavaScript keeps no Java
 * frames): in a build with a source map, the Java class, method and line of each frame that
 * {@link JavaFrames} can tell, else the JavaScript frames.
 */
public final class StackText {
    private StackText() {
    }

    /** Returns the full report of {@code error}, causes included. */
    public static String of(Throwable error) {
        return of(null, error);
    }

    /**
     * As {@link #of(Throwable)}, headed by where it was thrown, unless that is null:
     * {@code WHERE: CLASS: MESSAGE}.
     */
    public static String of(@Nullable Object where, Throwable error) {
        StringBuilder out = new StringBuilder();
        if (where != null) {
            out.append(where).append(": ");
        }
        Throwable current = error;
        for (int depth = 0; current != null && depth < 16; depth++) {
            if (depth > 0) {
                out.append("Caused by: ");
            }
            out.append(current).append('\n');
            appendFrames(out, current);
            Throwable cause = current.getCause();
            current = cause == current ? null : cause;
        }
        return out.toString();
    }

    private static void appendFrames(StringBuilder out, Throwable error) {
        String jsStack = jsStack(error);
        if (jsStack != null) {
            appendJsFrames(out, JavaFrames.of(jsStack));
        }
    }

    /**
     * Appends the frames of a JavaScript stack: Chromium's "at ..." lines (its first line is the
     * message), or Firefox's and Safari's "function@url:line:column" lines.
     */
    static void appendJsFrames(StringBuilder out, String jsStack) {
        boolean chromium = jsStack.startsWith("    at ") || jsStack.indexOf("\n    at ") >= 0;
        int start = 0;
        while (start < jsStack.length()) {
            int end = jsStack.indexOf('\n', start);
            if (end < 0) {
                end = jsStack.length();
            }
            String line = jsStack.substring(start, end).trim();
            if (chromium ? line.startsWith("at ") : line.indexOf('@') >= 0) {
                out.append(chromium ? "\t" : "\tat ").append(line).append('\n');
            }
            start = end + 1;
        }
    }

    @JSBody(params = "error", script = "var e = error.$jsException;"
            + "return e && typeof e.stack === 'string' ? e.stack : null;")
    private static native String jsStack(Object error);
}
