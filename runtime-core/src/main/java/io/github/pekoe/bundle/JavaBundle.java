package io.github.pekoe.bundle;

import io.github.pekoe.internal.bundle.BundleLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;

/**
 * A lazy Java bundle loaded into the page (PyScript's {@code py_import}): a second TeaVM bundle built
 * from a package marked {@link io.github.pekoe.LazyBundle}, loaded on first use, so the page's first
 * bundle carries none of its code.
 *
 * <pre>{@code
 * JavaBundle charts = javaImport("charts");          // loads app/charts.js once, next to this bundle
 * Object svg = charts.call("plot", List.of(3, 1, 2)); // an @Export of the charts package
 * charts.run("charts/legend", "legend-out");         // one of its @Scripts, displaying into #legend-out
 * }</pre>
 *
 * <p>Each bundle has its own Java runtime, so values cross as JavaScript values: arguments are
 * converted with {@code Ffi.toJs} and read by the export as a worker's export reads them, the result
 * comes back through {@code Ffi.toJava} (null, {@code Boolean}, {@code Long} or {@code Double},
 * {@code String}, {@code List}, {@code Map}, {@code byte[]}). Calls block the calling Java thread until
 * the export, which may block too, has returned. Lazy bundles load on the page's main thread only.
 */
public final class JavaBundle {
    private static final Map<String, JavaBundle> LOADED = new HashMap<>();

    private final String name;
    private final String url;
    private final JSObject entry;
    private final List<String> exports;
    private final List<String> scripts;

    private JavaBundle(String name, JSObject entry) {
        this.name = name;
        this.url = BundleLoader.url(entry);
        this.entry = entry;
        this.exports = BundleLoader.names(entry, "exports");
        this.scripts = BundleLoader.names(entry, "scripts");
    }

    private static JavaBundle handle(String name, JSObject entry) {
        JavaBundle handle = LOADED.get(name);
        if (handle == null) {
            handle = new JavaBundle(name, entry);
            LOADED.put(name, handle);
        }
        return handle;
    }

    /**
     * Loads the lazy bundle {@code name} from {@code NAME.js} next to the page's bundle, once: later
     * calls, concurrent ones too, return the same handle. Blocks the calling Java thread until it has
     * loaded.
     *
     * @throws JavaBundleException if the script cannot be loaded, or is no lazy bundle of that name
     *     (the message names the URL), or when called in a worker
     * @throws IllegalArgumentException if the name is empty or not letters, digits, '-', '_' and '.'
     */
    public static JavaBundle load(String name) {
        return handle(name, BundleLoader.load(name, null));
    }

    /**
     * Loads the lazy bundle {@code name} from {@code url} (relative to the page), once, as
     * {@link #load(String)} does; a bundle of that name already loaded is returned as it is, whatever
     * its URL.
     */
    public static JavaBundle load(String name, String url) {
        if (url == null || url.trim().isEmpty()) {
            throw new IllegalArgumentException("javaImport(\"" + name + "\", url): the URL is empty");
        }
        return handle(name, BundleLoader.load(name, url.trim()));
    }

    /** The bundle's name, as its package's {@code @LazyBundle} gives it. */
    public String name() {
        return name;
    }

    /** The absolute URL the bundle was loaded from. */
    public String url() {
        return url;
    }

    /** The names of its exports ({@code @Export} methods), in their order. */
    public List<String> exports() {
        return new ArrayList<>(exports);
    }

    /** The names of its scripts ({@code @Script}), in their order. */
    public List<String> scripts() {
        return new ArrayList<>(scripts);
    }

    /**
     * Calls the export {@code export} with {@code args} and returns its result, blocking until it has
     * returned.
     *
     * @throws JavaBundleException if the bundle has no such export (the message lists its exports), or
     *     the export threw (its class and message included)
     * @throws IllegalArgumentException if an argument cannot be converted by {@code Ffi.toJs}
     */
    public @Nullable Object call(String export, @Nullable Object... args) {
        if (export == null || !exports.contains(export)) {
            throw new JavaBundleException(describe() + " has no export '" + export + "'; its exports: "
                    + known(exports));
        }
        List<@Nullable Object> list = args == null ? new ArrayList<>(Arrays.asList((Object) null))
                : new ArrayList<>(Arrays.asList(args));
        return BundleLoader.call(describe(), entry, "call", export, list, null);
    }

    /**
     * Runs the script {@code script} of the bundle, its {@code display()} output going to the element
     * with id {@code targetId}; blocks until it has finished.
     *
     * @throws JavaBundleException if the bundle has no such script (the message lists its scripts), or
     *     the script threw
     */
    public void run(String script, String targetId) {
        if (script == null || !scripts.contains(script)) {
            throw new JavaBundleException(describe() + " has no script '" + script + "'; its scripts: "
                    + known(scripts));
        }
        if (targetId == null || targetId.trim().isEmpty()) {
            throw new IllegalArgumentException(describe() + ": run(\"" + script + "\", targetId) needs the id of"
                    + " the output element");
        }
        BundleLoader.call(describe(), entry, "run", script, new ArrayList<>(), targetId.trim());
    }

    /** The bundle's name and URL, as messages name it. */
    public String describe() {
        return "Java bundle '" + name + "' (" + url + ")";
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String known(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
