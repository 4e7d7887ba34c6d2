/**
 * Internal, not API: the {@code web} API in a worker. The worker's operations on nodes
 * ({@link io.github.pekoe.internal.webworker.RemoteNodes}) are blocking calls to the page, which
 * answers them with its own DOM calls ({@link io.github.pekoe.internal.webworker.PageNodes}); a node
 * reaches the worker as a handle, a number the page's table maps to the node, which the worker
 * releases once it no longer holds the handle. Only bundles that call
 * {@link io.github.pekoe.internal.webworker.WorkerWeb#enable()} carry it. A worker's event bindings
 * ({@link io.github.pekoe.internal.webworker.WorkerBindings}) are listeners on the page
 * ({@link io.github.pekoe.internal.webworker.PageBindings}) whose copies of the events the worker takes
 * and hands to its handlers; only bundles that call
 * {@link io.github.pekoe.internal.webworker.WorkerWeb#enableEvents()} carry them. Any release may change it.
 */
package io.github.pekoe.internal.webworker;
