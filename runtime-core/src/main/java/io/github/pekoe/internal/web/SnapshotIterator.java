package io.github.pekoe.internal.web;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/** Iterates over a snapshot of a live view; {@link #remove()} hands the last item to the view's remover. */
public final class SnapshotIterator<T> implements Iterator<T> {
    private final Iterator<T> snapshot;
    private final Consumer<T> remover;
    private T last;

    /** Iterates over {@code snapshot}; {@code remover} removes an item from the live view. */
    public SnapshotIterator(List<T> snapshot, Consumer<T> remover) {
        this.snapshot = snapshot.iterator();
        this.remover = remover;
    }

    @Override
    public boolean hasNext() {
        return snapshot.hasNext();
    }

    @Override
    public T next() {
        last = snapshot.next();
        return last;
    }

    @Override
    public void remove() {
        if (last == null) {
            throw new IllegalStateException("remove() needs a next() before it");
        }
        remover.accept(last);
        last = null;
    }
}
