/**
 * The browser's WebSocket for Java: {@link io.github.pekoe.websocket.WebSocket} with handlers that
 * run on Java threads, text as {@code String}, binary data as {@code byte[]}, and blocking waits
 * ({@code awaitOpen}, {@code receive}, {@code awaitClose}) for scripts and handlers.
 */
package io.github.pekoe.websocket;
