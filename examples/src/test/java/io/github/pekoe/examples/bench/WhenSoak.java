package io.github.pekoe.examples.bench;

import com.microsoft.playwright.PlaywrightException;
import java.util.List;

/**
 * The {@code when} soak: {@code soak-when.html} adds click handlers to one button with {@code when},
 * removes every {@code Binding} and clicks the button; then the browser's DevTools count the
 * listeners left on it.
 *
 * @param registrations the registrations asked for
 * @param addMillis the adding, measured by the page
 * @param removeMillis the removing, measured by the page
 * @param callsAfterRemoval handler calls from the click after removal
 * @param listenersLeft the button's listeners after removal, from {@code DOMDebugger.getEventListeners}
 * @param problems what went wrong
 */
record WhenSoak(int registrations, Double addMillis, Double removeMillis, Double callsAfterRemoval,
        Integer listenersLeft, List<String> problems) {

    /** Runs the {@code when} soak in the fresh browser {@code session}. */
    static WhenSoak run(ColdChromium.Session session, BenchSite site, int registrations) {
        BenchTab tab = new BenchTab(session, BenchTab.SOAK_MILLIS);
        Double add = null;
        Double remove = null;
        Double calls = null;
        Integer listeners = null;
        try {
            if (tab.load(site.url("soak-when.html?n=" + registrations))) {
                add = tab.number("add");
                remove = tab.number("remove");
                calls = tab.number("calls");
                listeners = new DevTools(tab.page()).listeners("document.getElementById('w')");
            }
        } catch (PlaywrightException e) {
            tab.note(e.getMessage());
        }
        return new WhenSoak(registrations, add, remove, calls, listeners, tab.problems());
    }

    /** Whether the page measured everything and the listeners were counted. */
    boolean complete() {
        return problems.isEmpty() && addMillis != null && removeMillis != null && listenersLeft != null;
    }

    /** Whether nothing was left behind: no listener, and no handler call after removal. */
    boolean clean() {
        return listenersLeft != null && listenersLeft == 0 && callsAfterRemoval != null && callsAfterRemoval == 0;
    }
}
