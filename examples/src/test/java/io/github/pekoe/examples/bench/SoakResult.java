package io.github.pekoe.examples.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What a soak run measured: its four parts.
 *
 * @param counts what it was asked to do
 * @param clicks the click soak
 * @param socket the WebSocket soak
 * @param when the {@code when} soak
 * @param store the storage soak
 */
record SoakResult(SoakCounts counts, ClickSoak clicks, SocketSoak socket, WhenSoak when, StoreSoak store) {

    /** Whether every part finished with its figures. */
    boolean complete() {
        return clicks.complete() && socket.complete() && when.complete() && store.complete();
    }

    /** Whether the checks held: messages in order, no listener or call left, every key read back. */
    boolean checksHold() {
        return socket.orderHeld() && when.clean() && store.allRead();
    }

    /** What went wrong, each line naming its part. */
    List<String> problems() {
        List<String> lines = new ArrayList<>();
        clicks.problems().forEach(p -> lines.add("clicks: " + p));
        socket.problems().forEach(p -> lines.add("WebSocket: " + p));
        when.problems().forEach(p -> lines.add("when: " + p));
        store.problems().forEach(p -> lines.add("storage: " + p));
        return lines;
    }
}
