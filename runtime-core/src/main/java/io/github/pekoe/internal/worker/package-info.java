/**
 * Internal, not API: the messages between the page and its workers, the calls waiting for answers,
 * the page's side of each worker and the worker's side of the page, and the exports catalogue. Any
 * release may change it.
 */
package io.github.pekoe.internal.worker;
