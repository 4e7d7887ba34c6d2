/**
 * PyScript's {@code pyscript.ffi} for Java: {@link io.github.pekoe.ffi.Ffi#toJs} and
 * {@link io.github.pekoe.ffi.Ffi#toJava} convert plain data between Java and JavaScript,
 * {@link io.github.pekoe.ffi.Ffi#isNone} tells null-like values apart, and
 * {@link io.github.pekoe.ffi.Ffi#assign} merges data into a JavaScript object;
 * {@link io.github.pekoe.ffi.JsValue} reads, sets, calls and constructs any JavaScript value by name
 * (PyScript's {@code js} proxy), and {@link io.github.pekoe.ffi.JsCallback} makes a Java lambda a
 * JavaScript function (PyScript's {@code create_proxy}).
 *
 * <p>Nullability is in the types: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.pekoe.ffi;

import org.jspecify.annotations.NullMarked;
