/**
 * The soak pages: many clicks, many WebSocket messages, many {@code when} registrations added and
 * removed, and a large store; the counts come from the page's URL ({@link PageQuery}).
 */
package io.github.pekoe.examples.bench.soak;
