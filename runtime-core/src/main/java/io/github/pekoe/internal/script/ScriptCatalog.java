package io.github.pekoe.internal.script;

import io.github.pekoe.SimpleHandler;
import java.util.ServiceLoader;

/**
 * The scripts a page can name, by name, in registration order. Two arrays searched in order: a page
 * names a handful of scripts, and no map class need ship in its bundle.
 */
public final class ScriptCatalog {
    private static ScriptCatalog shared;

    private String[] names = new String[4];
    private SimpleHandler[] bodies = new SimpleHandler[4];
    private int size;

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
        if (indexOf(name) >= 0) {
            throw new IllegalArgumentException("a script named '" + name + "' is already registered");
        }
        if (size == names.length) {
            String[] moreNames = new String[size * 2];
            SimpleHandler[] moreBodies = new SimpleHandler[size * 2];
            for (int i = 0; i < size; i++) {
                moreNames[i] = names[i];
                moreBodies[i] = bodies[i];
            }
            names = moreNames;
            bodies = moreBodies;
        }
        names[size] = name;
        bodies[size++] = body;
    }

    /** Returns the script registered as {@code name}, or null. */
    public SimpleHandler find(String name) {
        int i = indexOf(name);
        return i < 0 ? null : bodies[i];
    }

    /** Returns the registered names in registration order, joined by ", "; empty when there are none. */
    public String joinedNames() {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < size; i++) {
            joined.append(i == 0 ? "" : ", ").append(names[i]);
        }
        return joined.toString();
    }

    private int indexOf(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
