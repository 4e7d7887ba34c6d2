package io.github.pekoe.internal.script;

import io.github.pekoe.SimpleHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The scripts a page can name, by name. */
public final class ScriptCatalog {
    private static ScriptCatalog shared;

    private final Map<String, SimpleHandler> scripts = new LinkedHashMap<>();

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
        if (scripts.containsKey(name)) {
            throw new IllegalArgumentException("a script named '" + name + "' is already registered");
        }
        scripts.put(name, body);
    }

    /** Returns the script registered as {@code name}, or null. */
    public SimpleHandler find(String name) {
        return scripts.get(name);
    }

    /** Returns the registered names in registration order. */
    public List<String> names() {
        return new ArrayList<>(scripts.keySet());
    }
}
