package io.github.pekoe.examples.bench.soak;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;
import io.github.pekoe.websocket.WebSocket;
import io.github.pekoe.websocket.WebSocketMessage;
import org.teavm.jso.browser.Performance;

/**
 * Asks the echo server at the URL's {@code ws} for {@code n} numbered messages ({@code /burst n}) and
 * checks in its handler that each number is the previous one plus one. When all have arrived it shows
 * the milliseconds from the request to the last message in {@code #work}, "held" or where the order
 * broke in {@code #order}, and "done" in {@code #done}.
 */
@Script("soak-socket")
public class SoakSocket {
    private static final int OPEN_TIMEOUT = 20_000;

    private static WebSocket socket;
    private static int total;
    private static int received;
    private static int next;
    private static String order = "held";
    private static double start;

    /** Opens the socket and asks for the messages. */
    public static void main(String[] args) {
        total = PageQuery.number("n", 100);
        socket = new WebSocket(PageQuery.text("ws", ""));
        socket.onMessage(SoakSocket::received);
        socket.awaitOpen(OPEN_TIMEOUT);
        start = Performance.now();
        socket.send("/burst " + total);
    }

    private static void received(WebSocketMessage message) {
        int number = Integer.parseInt(message.text());
        if (number != next && order.equals("held")) {
            order = "broken: " + number + " after " + (next - 1);
        }
        next = number + 1;
        received++;
        if (received == total) {
            double millis = Performance.now() - start;
            socket.close();
            display(target("work"), millis);
            display(target("order"), order);
            display(target("done"), "done");
        }
    }
}
