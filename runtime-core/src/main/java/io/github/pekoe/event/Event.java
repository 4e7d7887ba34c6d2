package io.github.pekoe.event;

import java.util.ArrayList;
import java.util.List;

/**
 * PyScript's custom event: listeners added once each, called in order by {@link #trigger}. A listener
 * that throws stops the later ones, and the exception leaves {@code trigger} (so the script or handler
 * that triggered reports it). Bind with {@code when(event, listener)} or {@link #addListener}.
 *
 * @param <T> the type of the result passed to the listeners
 */
public final class Event<T> {
    private final List<Listener<? super T>> listeners = new ArrayList<>();

    /** Receives the result of a triggered {@link Event}. */
    @FunctionalInterface
    public interface Listener<T> {
        /** Called with the result passed to {@link Event#trigger}. */
        void on(T result) throws Exception;
    }

    /** Adds {@code listener} unless it is already there. */
    public void addListener(Listener<? super T> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("an Event listener must not be null");
        }
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    /** Removes the given listeners (unknown ones are ignored), or every listener when none is given. */
    @SafeVarargs
    public final void removeListener(Listener<? super T>... toRemove) {
        if (toRemove.length == 0) {
            listeners.clear();
        }
        for (Listener<? super T> listener : toRemove) {
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
        for (Listener<? super T> listener : new ArrayList<>(listeners)) {
            try {
                listener.on(result);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("an Event listener failed: " + e, e);
            }
        }
    }
}
