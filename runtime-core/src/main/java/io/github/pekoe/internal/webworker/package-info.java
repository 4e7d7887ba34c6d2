/**
 * Internal, not API: the {@code web} API in a worker. The worker's operations on nodes
 * ({@link io.github.pekoe.internal.webworker.RemoteNodes}) are blocking calls to the page, which
 * answers them with its own DOM calls ({@link io.github.pekoe.internal.webworker.PageNodes}); a node
 * reaches the worker as a handle, a number the page's table maps to the node, which the worker
 * releases once it no longer holds the handle. Only bundles that call
 * {@link io.github.pekoe.internal.webworker.WorkerWeb#enable()} carry it. Any release may change it.
 */
package io.github.pekoe.internal.webworker;
