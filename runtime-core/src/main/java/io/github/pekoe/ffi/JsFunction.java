package io.github.pekoe.ffi;

import org.jspecify.annotations.Nullable;

/**
 * The Java body of a {@link JsCallback} that takes JavaScript's arguments and gives a result: the
 * arguments as {@link JsValue}s, the result converted as {@link Ffi#toJs} converts it. It may block
 * and may throw, as a handler may.
 */
@FunctionalInterface
public interface JsFunction {
    /** Runs with the arguments JavaScript passed (none missing, none extra) and returns the result, or null. */
    @Nullable Object apply(JsValue... args) throws Exception;
}
