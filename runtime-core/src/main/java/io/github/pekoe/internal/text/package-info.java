/**
 * Small versions of Java's string machinery for the page: {@code String.format} ({@link
 * io.github.pekoe.internal.text.JavaFormat}) and the regular-expression calls of {@code String}
 * ({@link io.github.pekoe.internal.text.BrowserRegex}), built on the browser's own number text and
 * {@code RegExp}. Pekoe's compiler plugin routes a call here only when it has checked, at compile
 * time, that the format string or pattern keeps Java's meaning on this path; every other call keeps
 * TeaVM's implementation.
 */
package io.github.pekoe.internal.text;
