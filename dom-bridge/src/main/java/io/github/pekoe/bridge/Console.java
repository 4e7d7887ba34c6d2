package io.github.pekoe.bridge;

import org.teavm.jso.JSBody;

/** The browser console, for the few messages Pekoe itself writes. */
public final class Console {
    private Console() {
    }

    /** Writes an error line to the console. */
    @JSBody(params = "message", script = "console.error(message);")
    public static native void error(String message);

    /** Writes a warning line to the console. */
    @JSBody(params = "message", script = "console.warn(message);")
    public static native void warn(String message);

    /** Writes an informational line to the console. */
    @JSBody(params = "message", script = "console.info(message);")
    public static native void info(String message);
}
