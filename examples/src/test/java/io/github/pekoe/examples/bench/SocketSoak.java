package io.github.pekoe.examples.bench;

import com.microsoft.playwright.PlaywrightException;
import java.util.List;

/**
 * The WebSocket soak: {@code soak-socket.html} asks the echo server for numbered messages, and its
 * Java handler checks each is the previous plus one.
 *
 * @param messages the messages asked for
 * @param millis from the request to the last message, measured by the page; null when it did not finish
 * @param order "held", or where it broke, as the page saw it
 * @param problems what went wrong
 */
record SocketSoak(int messages, Double millis, String order, List<String> problems) {

    /** Runs the WebSocket soak in the fresh browser {@code session}, against the server at {@code echoUrl}. */
    static SocketSoak run(ColdChromium.Session session, BenchSite site, String echoUrl, int messages) {
        BenchTab tab = new BenchTab(session, BenchTab.SOAK_MILLIS);
        Double millis = null;
        String order = "";
        try {
            if (tab.load(site.url("soak-socket.html?n=" + messages + "&ws=" + echoUrl))) {
                millis = tab.number("work");
                order = tab.text("order");
            }
        } catch (PlaywrightException e) {
            tab.note(e.getMessage());
        }
        return new SocketSoak(messages, millis, order, tab.problems());
    }

    /** Whether every message arrived and the page measured the time. */
    boolean complete() {
        return problems.isEmpty() && millis != null;
    }

    /** Whether every number was the previous plus one. */
    boolean orderHeld() {
        return order.equals("held");
    }

    /** Messages per second, or 0 when the run did not finish. */
    double perSecond() {
        return millis == null || millis <= 0 ? 0 : messages * 1000.0 / millis;
    }
}
