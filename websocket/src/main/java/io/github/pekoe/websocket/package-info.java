/**
 * The browser's WebSocket for Java: {@link io.github.pekoe.websocket.WebSocket} with handlers that
 * run on Java threads, text as {@code String}, binary data as {@code byte[]}, and blocking waits
 * ({@code awaitOpen}, {@code receive}, {@code awaitClose}) for scripts and handlers.
 *
 * <p>Nullability is in the types: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.pekoe.websocket;

import org.jspecify.annotations.NullMarked;
