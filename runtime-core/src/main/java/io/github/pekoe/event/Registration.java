package io.github.pekoe.event;

/** A binding made by {@code when(...)} or {@code Element.on(...)}; {@link #remove()} undoes it. */
@FunctionalInterface
public interface Registration {
    /** Removes the binding; removing twice is harmless. */
    void remove();
}
