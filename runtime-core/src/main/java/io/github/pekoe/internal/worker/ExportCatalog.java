package io.github.pekoe.internal.worker;

import io.github.pekoe.worker.WorkerFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/** The functions a worker exports to the page by name: {@code @Export} methods and {@code export(...)} calls. */
public final class ExportCatalog {
    private static @Nullable ExportCatalog shared;

    private final Map<String, WorkerFunction> functions = new LinkedHashMap<>();

    /** The bundle's catalogue. */
    public static ExportCatalog shared() {
        if (shared == null) {
            shared = new ExportCatalog();
        }
        return shared;
    }

    /** Adds the exports of every {@link ExportProvider} listed in {@code META-INF/services}. */
    public static void addServices() {
        for (ExportProvider provider : ServiceLoader.load(ExportProvider.class)) {
            provider.registerExports(shared());
        }
    }

    /**
     * Exports {@code function} as {@code name}; a later export of the same name replaces it.
     *
     * @throws IllegalArgumentException if the name is empty or the function null
     */
    public void add(String name, WorkerFunction function) {
        if (name == null || name.trim().isEmpty()) {
            throw new IllegalArgumentException("an export name must not be empty");
        }
        if (function == null) {
            throw new IllegalArgumentException("the export '" + name + "' is null");
        }
        functions.put(name, function);
    }

    /** The function exported as {@code name}, or null. */
    public @Nullable WorkerFunction find(String name) {
        return functions.get(name);
    }

    /** The exported names, in the order they were added. */
    public List<String> names() {
        return new ArrayList<>(functions.keySet());
    }
}
