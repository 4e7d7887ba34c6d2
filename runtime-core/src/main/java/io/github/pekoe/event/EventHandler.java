package io.github.pekoe.event;

/** Handles a DOM event; it may block (sleep, fetch) and may throw: a throw is reported, not lost. */
@FunctionalInterface
public interface EventHandler {
    /** Handles {@code event}. */
    void handle(org.teavm.jso.dom.events.Event event) throws Exception;
}
