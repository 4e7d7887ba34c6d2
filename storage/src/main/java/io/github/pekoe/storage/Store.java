package io.github.pekoe.storage;

import java.util.Map;

/**
 * An opened store: its name, its entries as they were read, and where its changes go. A
 * {@link Storage} is built from one; a subclass of {@code Storage} takes it in its constructor and
 * passes it on to {@code super(store)}.
 */
public final class Store {
    private final String name;
    final Backend backend;
    final Map<String, Object> entries;

    Store(String name, Backend backend, Map<String, Object> entries) {
        this.name = name;
        this.backend = backend;
        this.entries = entries;
    }

    /** The name the store was opened with, without any prefix. */
    public String name() {
        return name;
    }
}
