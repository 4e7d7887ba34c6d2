package io.github.pekoe.worker;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How {@link JavaWorker#start(String, WorkerOptions)} starts a worker:
 * {@code new WorkerOptions().name("calc").bundle("app/calc.js").config(Map.of("units", "si"))}.
 */
public final class WorkerOptions {
    private @Nullable String name;
    private @Nullable String bundle;
    private @Nullable Map<String, ?> config;

    /** No name, the page's own bundle, the page's config. */
    public WorkerOptions() {
    }

    /**
     * Names the worker, so {@code workers(name)} finds it.
     *
     * @throws IllegalArgumentException if the name is null or blank
     */
    public WorkerOptions name(String name) {
        if (name == null || name.trim().isEmpty()) {
            throw new IllegalArgumentException("a worker name must not be empty");
        }
        this.name = name;
        return this;
    }

    /**
     * Runs the script from another bundle: a same-origin URL of a Pekoe bundle, relative to the page.
     *
     * @throws IllegalArgumentException if the URL is null or blank
     */
    public WorkerOptions bundle(String url) {
        if (url == null || url.trim().isEmpty()) {
            throw new IllegalArgumentException("a worker bundle URL must not be empty");
        }
        this.bundle = url.trim();
        return this;
    }

    /**
     * Gives the worker its own config instead of the page's (its {@code config()}).
     *
     * @throws IllegalArgumentException if the config is null
     */
    public WorkerOptions config(Map<String, ?> config) {
        if (config == null) {
            throw new IllegalArgumentException("a worker config must not be null");
        }
        this.config = config;
        return this;
    }

    /** The worker's name, or null. */
    public @Nullable String name() {
        return name;
    }

    /** The bundle URL, or null for the page's own bundle. */
    public @Nullable String bundle() {
        return bundle;
    }

    /** The worker's config, or null for the page's. */
    public @Nullable Map<String, ?> config() {
        return config;
    }
}
