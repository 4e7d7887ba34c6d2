package io.github.pekoe;

/**
 * A handler that does not need its event, and the body of a script registered in code: it may block
 * and may throw, as an {@link EventHandler} may.
 */
@FunctionalInterface
public interface SimpleHandler {
    /** Handles the event (or runs the script). */
    void handle() throws Exception;
}
