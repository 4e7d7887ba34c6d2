package io.github.pekoe.web;

/** A listener binding, returned by {@code on(...)}: {@link #remove()} unbinds it. */
@FunctionalInterface
public interface Registration {
    /** Stops the listener from being called; calling it again does nothing. */
    void remove();
}
