package io.github.pekoe.ffi;

import org.jspecify.annotations.Nullable;

/**
 * A failure of a {@link JsValue} operation: a missing property, a value that is not a function or
 * not of the type asked for, or something the JavaScript code threw. The message names the path,
 * such as {@code globalThis.chart.update() threw TypeError: ...}.
 */
public final class JsException extends RuntimeException {
    private final transient @Nullable JsValue thrown;

    /** A failure described by {@code message}; {@code thrown} is what JavaScript threw, if it threw. */
    public JsException(String message, @Nullable JsValue thrown) {
        super(message);
        this.thrown = thrown;
    }

    /** What the JavaScript code threw (an {@code Error}, or any value), or null when nothing was thrown. */
    public @Nullable JsValue thrown() {
        return thrown;
    }
}
