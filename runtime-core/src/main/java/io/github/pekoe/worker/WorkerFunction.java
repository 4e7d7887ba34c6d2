package io.github.pekoe.worker;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A function one thread offers the other: an export a worker offers the main thread, or a
 * {@code sync} function the main thread offers its workers. It receives the arguments as they
 * arrive (null, {@code Boolean}, {@code Long} or {@code Double}, {@code String}, {@code List},
 * {@code Map}, {@code byte[]}), may block, and returns one such value or null; what it throws reaches
 * the caller.
 */
@FunctionalInterface
public interface WorkerFunction {
    /** Runs the function with {@code args}. */
    @Nullable Object call(List<@Nullable Object> args) throws Exception;
}
