package io.github.pekoe;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * PyScript's custom {@code Event}, named so that it sits beside the DOM's {@code Event} in one file:
 * listeners added once each, called in order by {@link #trigger}. A listener that throws stops the
 * later ones, and the exception leaves {@code trigger} (so the script or handler that triggered
 * reports it). Bind with {@code when(signal, listener)} or {@link #addListener}.
 *
 * <pre>{@code
 * Signal<String> saved = new Signal<>();
 * when(saved, name -> display("saved " + name));
 * saved.trigger("notes.txt");
 * }</pre>
 *
 * @param <T> the type of the result passed to the listeners
 */
public final class Signal<T extends @Nullable Object> {
    private final List<EventHandler<? super T>> listeners = new ArrayList<>();

    /**
     * Adds {@code listener} unless it is already there.
     *
     * @throws IllegalArgumentException if the listener is null
     */
    public void addListener(EventHandler<? super T> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("a Signal listener must not be null");
        }
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    /** Removes the given listeners (unknown ones are ignored), or every listener when none is given. */
    @SafeVarargs
    public final void removeListener(EventHandler<? super T>... toRemove) {
        if (toRemove.length == 0) {
            listeners.clear();
        }
        for (EventHandler<? super T> listener : toRemove) {
            listeners.remove(listener);
        }
    }

    /** The number of listeners. */
    public int listenerCount() {
        return listeners.size();
    }

    /**
     * Calls every listener with {@code result}, in the order they were added.
     *
     * @throws RuntimeException what a listener threw (a checked exception wrapped in an
     *     {@code IllegalStateException}); the later listeners do not run
     */
    public void trigger(T result) {
        for (EventHandler<? super T> listener : new ArrayList<>(listeners)) {
            try {
                listener.handle(result);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("a Signal listener failed: " + e, e);
            }
        }
    }
}
