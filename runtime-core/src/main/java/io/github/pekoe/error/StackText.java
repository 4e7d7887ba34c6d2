package io.github.pekoe.error;

import org.teavm.jso.JSBody;

/**
 * Writes a throwable as Java prints it: class, message, frames, and each cause. Where the compiled
 * code carries no Java frames, the frames of the JavaScript stack captured at the throw are used.
 */
public final class StackText {
    private StackText() {
    }

    /** Returns the full report of {@code error}, causes included. */
    public static String of(Throwable error) {
        StringBuilder out = new StringBuilder();
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
        StackTraceElement[] frames = error.getStackTrace();
        if (frames != null && frames.length > 0) {
            for (StackTraceElement frame : frames) {
                out.append("\tat ").append(frame).append('\n');
            }
            return;
        }
        String jsStack = jsStack(error);
        if (jsStack != null) {
            appendJsFrames(out, jsStack);
        }
    }

    /** Appends the "at ..." lines of a JavaScript stack, leaving out its message line. */
    static void appendJsFrames(StringBuilder out, String jsStack) {
        int start = 0;
        while (start < jsStack.length()) {
            int end = jsStack.indexOf('\n', start);
            if (end < 0) {
                end = jsStack.length();
            }
            String line = jsStack.substring(start, end).trim();
            if (line.startsWith("at ")) {
                out.append('\t').append(line).append('\n');
            } else if (line.indexOf('@') > 0) {
                out.append("\tat ").append(line).append('\n');
            }
            start = end + 1;
        }
    }

    @JSBody(params = "error", script = "var e = error.$jsException;"
            + "return e && typeof e.stack === 'string' ? e.stack : null;")
    private static native String jsStack(Object error);
}
