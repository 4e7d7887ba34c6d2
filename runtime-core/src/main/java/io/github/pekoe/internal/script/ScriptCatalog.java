package io.github.pekoe.internal.script;

import io.github.pekoe.SimpleHandler;
import io.github.pekoe.internal.names.NameTable;
import java.util.ServiceLoader;

/** The scripts a page can name, by name, in registration order (a {@link NameTable}). */
public final class ScriptCatalog {
    private static ScriptCatalog shared;

    private final NameTable<SimpleHandler> bodies = new NameTable<>();

    /** Returns the page's catalogue. */
    public static ScriptCatalog shared() {
        if (shared == null) {
            shared = new ScriptCatalog();
        }
        return shared;
    }

    /** Adds the scripts of every {@link ScriptProvider} listed in {@code META-INF/services}. */
    public static void addServices() {
        for (ScriptProvider provider : ServiceLoader.load(ScriptProvider.class)) {
            provider.registerScripts(shared());
        }
    }

    /**
     * Registers {@code body} under {@code name}.
     *
     * @throws IllegalArgumentException if the name is empty or already taken
     */
    public void add(String name, SimpleHandler body) {
        if (name == null || name.trim().isEmpty()) {
            throw new IllegalArgumentException("a script name must not be empty");
        }
        if (body == null) {
            throw new IllegalArgumentException("script '" + name + "' has no body");
        }
        if (bodies.indexOf(name) >= 0) {
            throw new IllegalArgumentException("a script named '" + name + "' is already registered");
        }
        bodies.add(name, body);
    }

    /** Returns the script registered as {@code name}, or null. */
    public SimpleHandler find(String name) {
        return bodies.find(name);
    }

    /** Returns the registered names in registration order, joined by ", "; empty when there are none. */
    public String joinedNames() {
        return bodies.joinedNames();
    }
}
