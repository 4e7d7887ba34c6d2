package io.github.pekoe.bridge;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;

/** The browser console, for the few messages Pekoe itself writes. */
@JSClass(name = "console")
public final class Console implements JSObject {
    private Console() {
    }

    /** Writes an error line to the console. */
    public static native void error(String message);

    /** Writes a warning line to the console. */
    public static native void warn(String message);

    /** Writes an informational line to the console. */
    public static native void info(String message);
}
