/**
 * Internal, not API: JavaScript values from Java (property access, array-likes, primitives, node
 * checks, selector queries, bytes), the conversions between plain Java data and JavaScript data, and
 * the number text the compiler plugin routes {@code double} formatting to. Any release may change it.
 */
package io.github.pekoe.internal.js;
