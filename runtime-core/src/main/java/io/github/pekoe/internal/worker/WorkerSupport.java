package io.github.pekoe.internal.worker;

import io.github.pekoe.bridge.Console;
import io.github.pekoe.internal.lifecycle.Lifecycle;
import io.github.pekoe.internal.scan.ScriptTag;
import org.jspecify.annotations.Nullable;

/**
 * Whether a bundle carries worker support: the worker's side (running a script in a worker) and the
 * page's side (starting workers for {@code worker} script elements). It is switched on by the
 * bundle's entry point when the bundle has a worker script or an export, and by the first use of the
 * worker API on the page; until then neither side is reachable, so a page without workers carries
 * none of it.
 */
public final class WorkerSupport {
    private static @Nullable Sides sides;
    private static @Nullable String bundleUrl;

    private WorkerSupport() {
    }

    /** The two sides, reachable only through {@link #enable()}. */
    private interface Sides {
        void runWorker();

        @Nullable String start(ScriptTag tag);

        void allDoneAfterWorkers();
    }

    /** Records the URL of the running bundle, which workers run unless told otherwise ("" or null: unknown). */
    public static void bundle(@Nullable String url) {
        bundleUrl = url == null || url.isEmpty() ? null : url;
    }

    /** The URL of the running bundle (which lazy bundles are found next to), or null when it is unknown. */
    public static @Nullable String bundleUrl() {
        return bundleUrl;
    }

    /** Switches worker support on. */
    public static void enable() {
        if (sides == null) {
            sides = new Sides() {
                @Override
                public void runWorker() {
                    WorkerSide.run();
                }

                @Override
                public @Nullable String start(ScriptTag tag) {
                    String problem = WorkerHost.problem(tag);
                    if (problem == null) {
                        WorkerHost.start(tag);
                    }
                    return problem;
                }

                @Override
                public void allDoneAfterWorkers() {
                    WorkerHost.allDoneAfterElementWorkers();
                }
            };
        }
    }

    /** In a worker: waits for the page's start message; without worker support, says why nothing runs. */
    public static void runWorker() {
        if (sides == null) {
            Console.error(without());
            return;
        }
        sides.runWorker();
    }

    /**
     * Starts the worker a {@code worker} script element asks for; returns why it cannot (no worker
     * support, wrong attributes), or null once it started.
     */
    public static @Nullable String start(ScriptTag tag) {
        return sides == null ? tag.describe() + " asks for a worker, but " + without() : sides.start(tag);
    }

    /** Dispatches {@code java:all-done} once every worker started by a script element has finished its script. */
    public static void allDoneAfterWorkers() {
        if (sides == null) {
            Lifecycle.allDone();
        } else {
            sides.allDoneAfterWorkers();
        }
    }

    private static String without() {
        return "this bundle has no worker support: mark the script @Script(value = \"NAME\", worker = true)";
    }
}
