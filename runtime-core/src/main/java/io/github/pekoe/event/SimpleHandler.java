package io.github.pekoe.event;

/** A handler that does not need the event; it may block and may throw, like {@link EventHandler}. */
@FunctionalInterface
public interface SimpleHandler {
    /** Handles the event. */
    void handle() throws Exception;
}
