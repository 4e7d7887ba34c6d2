/**
 * PyScript's {@code pyscript.ffi} for Java: {@link io.github.pekoe.ffi.Ffi#toJs} and
 * {@link io.github.pekoe.ffi.Ffi#toJava} convert plain data between Java and JavaScript,
 * {@link io.github.pekoe.ffi.Ffi#isNone} tells null-like values apart, and
 * {@link io.github.pekoe.ffi.Ffi#assign} merges data into a JavaScript object.
 *
 * <p>Nullability is in the types: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.pekoe.ffi;

import org.jspecify.annotations.NullMarked;
