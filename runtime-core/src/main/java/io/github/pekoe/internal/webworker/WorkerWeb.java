package io.github.pekoe.internal.webworker;

import io.github.pekoe.Pekoe;
import io.github.pekoe.internal.event.Bindings;
import io.github.pekoe.internal.web.NodeOps;
import io.github.pekoe.internal.worker.WorkerHost;
import io.github.pekoe.internal.worker.WorkerSide;

/** Switches the {@code web} API in workers on: the worker's elements go to the page, which answers them. */
public final class WorkerWeb {
    private WorkerWeb() {
    }

    /**
     * In a worker: the web API's operations become calls to the page. On the page: the page answers
     * them. Called by the bundle's entry point before any script runs.
     */
    public static void enable() {
        if (Pekoe.RUNNING_IN_WORKER) {
            NodeOps.use(new RemoteNodes());
            WorkerSide.beforeWaiting(RemoteNodes::flush);
            WorkerSide.nodeNumbers(RemoteNodes::settled);
        } else {
            WorkerHost.registerService(Op.FUNCTION, new PageNodes());
            WorkerHost.nodeFinder((worker, number) -> NodeTable.of(worker).node(number, NodeOps.current().document()));
        }
    }

    /**
     * Lets worker code bind the page's events: in a worker, {@code when(...)} and {@code on(...)} bind
     * listeners on the page and run their handlers in the worker; on the page, the page answers them.
     * Called by the bundle's entry point, after {@link #enable()}, before any script runs.
     */
    public static void enableEvents() {
        if (Pekoe.RUNNING_IN_WORKER) {
            Bindings.route(new WorkerBindings());
        } else {
            WorkerHost.registerService(Op.EVENTS, PageBindings.shared());
        }
    }

    /** How many of its workers' event bindings the page keeps listeners for; a figure for tests of the release. */
    public static int pageBindings() {
        return PageBindings.shared().size();
    }

    /**
     * In a worker: whether calls to the page that return nothing wait in a batch for the next call
     * that returns a value (the default) or each go to the page at once, as a round trip of its own.
     * For measuring what batching saves; ordinary code never needs it.
     */
    public static void batching(boolean on) {
        Batch.current().eachAlone(!on);
    }
}
