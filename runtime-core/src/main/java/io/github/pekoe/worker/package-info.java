/**
 * Workers: Java scripts in Web Workers (PyScript's {@code PyWorker}, {@code workers}, {@code sync} and
 * {@code __export__}). {@link io.github.pekoe.worker.JavaWorker} is a worker seen from the page,
 * {@link io.github.pekoe.worker.WorkerFunction} a function one side offers the other, and
 * {@link io.github.pekoe.worker.WorkerException} any call across threads that failed.
 *
 * <p>Nullability is in the types: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.pekoe.worker;

import org.jspecify.annotations.NullMarked;
