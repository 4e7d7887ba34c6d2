/**
 * {@code fetch}: PyScript's {@code pyscript.fetch} for Java. One call starts the request;
 * {@code text()}, {@code json()}, {@code bytes()}, {@code arrayBuffer()}, {@code blob()} or
 * {@code response()} block the calling Java thread until it is in, and {@code then(...)} takes
 * callbacks instead. HTTP error statuses are responses; network failures, timeouts, aborts and
 * invalid JSON are {@link io.github.pekoe.fetch.FetchException}s. Where the browser has no
 * {@code fetch} (HtmlUnit, old engines) the same behaviour runs over {@code XMLHttpRequest}.
 *
 * <p>Nullability is in the types: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.pekoe.fetch;

import org.jspecify.annotations.NullMarked;
