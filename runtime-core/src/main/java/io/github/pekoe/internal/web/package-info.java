/**
 * Internal, not API: the operations the {@code web} API performs on DOM nodes, behind one seam
 * ({@link io.github.pekoe.internal.web.NodeOps}): on the page they are the browser's DOM calls; in a
 * worker whose bundle enables it they are round trips to the page. Any release may change it.
 */
package io.github.pekoe.internal.web;
