package io.github.pekoe.boot;

import io.github.pekoe.internal.event.HandlerCatalog;
import io.github.pekoe.internal.event.HandlerProvider;
import io.github.pekoe.internal.script.ScriptCatalog;
import io.github.pekoe.internal.script.ScriptProvider;
import org.jspecify.annotations.Nullable;

/**
 * Pekoe's entry points. {@link #main} ({@code <mainClass>io.github.pekoe.boot.Bootstrap</mainClass>})
 * runs every script and handler of the bundle's class path; a package's generated {@code PekoePage}
 * calls {@link #start} with only that package's, for one small bundle per page. Pages never call
 * either: the compiled bundle starts itself once the document is parsed (see {@code AutoStartPlugin}).
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    /** Runs the page with every registered script and handler (found through {@code META-INF/services}). */
    public static void main(String[] args) {
        ScriptCatalog.addServices();
        HandlerCatalog.addServices();
        PageRunner.run();
    }

    /** Runs the page with the given providers only; {@code handlers} may be null. */
    public static void start(ScriptProvider scripts, @Nullable HandlerProvider handlers) {
        scripts.registerScripts(ScriptCatalog.shared());
        if (handlers != null) {
            handlers.registerHandlers(HandlerCatalog.shared());
        }
        PageRunner.run();
    }
}
