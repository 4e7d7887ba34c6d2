package io.github.pekoe.internal.worker;

import io.github.pekoe.bridge.Console;
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

    private WorkerSupport() {
    }

    /** The two sides, reachable only through {@link #enable()}. */
    private interface Sides {
        void runWorker();

        void start(ScriptTag tag);

        void awaitElementWorkers();
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
                public void start(ScriptTag tag) {
                    WorkerHost.start(tag);
                }

                @Override
                public void awaitElementWorkers() {
                    WorkerHost.awaitElementWorkers();
                }
            };
        }
    }

    /** In a worker: waits for the page's start message; without worker support, says why nothing runs. */
    public static void runWorker() {
        if (sides == null) {
            Console.error(WITHOUT + " (it was loaded into a worker, where it cannot run"
                    + " a script)");
            return;
        }
        sides.runWorker();
    }

    /**
     * Starts the worker a {@code worker} script element asks for.
     *
     * @throws IllegalStateException if the bundle has no worker support
     * @throws IllegalArgumentException if the element's attributes are wrong
     */
    public static void start(ScriptTag tag) {
        if (sides == null) {
            throw new IllegalStateException(tag.describe() + " asks for a worker, but " + WITHOUT);
        }
        sides.start(tag);
    }

    /** Blocks until every worker started by a script element has finished its script or stopped. */
    public static void awaitElementWorkers() {
        if (sides != null) {
            sides.awaitElementWorkers();
        }
    }

    private static final String WITHOUT = "this bundle was built without worker support: mark the worker's"
            + " script @Script(value = \"NAME\", worker = true), or build the bundle from Bootstrap";
}
