package io.github.pekoe;

/**
 * A handler bound to an event, as {@code when(...)} and {@code Element.on(...)} return it:
 * {@link #remove()} unbinds it.
 */
@FunctionalInterface
public interface Binding {
    /** Stops the handler from being called; calling it again does nothing. */
    void remove();
}
