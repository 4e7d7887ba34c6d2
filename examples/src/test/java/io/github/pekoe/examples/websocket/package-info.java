/** WebSocket in both browser lanes, against the in-process echo server. */
package io.github.pekoe.examples.websocket;
