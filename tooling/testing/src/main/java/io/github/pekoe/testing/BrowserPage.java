package io.github.pekoe.testing;

import java.util.List;

/**
 * One open page in one browser lane, from {@link Lane#open(String)}. Reads go through JavaScript in
 * the page, so both lanes answer alike; waits are bounded (15 s) and fail with what the page logged
 * so far (its console lines, page errors and banners). Close it when done (try-with-resources); a page
 * test's pages left open are closed at its end.
 */
public interface BrowserPage extends AutoCloseable {

    /**
     * Evaluates a JavaScript expression in the page: a string, a number ({@link Long} when integral,
     * else {@link Double}), a boolean, or {@code null} for null and undefined; other values come back
     * as their JSON text.
     */
    Object eval(String jsExpression);

    /** The {@code textContent} of the first element matching {@code css}, or null when none does. */
    String text(String css);

    /** The {@code textContent} of every element matching {@code css}, in document order. */
    List<String> texts(String css);

    /** The {@code innerHTML} of the first element matching {@code css}, or null when none does. */
    String html(String css);

    /** How many elements match {@code css}. */
    int count(String css);

    /** The attribute {@code name} of the first element matching {@code css}, or null. */
    String attr(String css, String name);

    /** Clicks the first element matching {@code css}; fails when there is none. */
    void click(String css);

    /**
     * Focuses the first element matching {@code css} and types {@code text} into it key by key, as a
     * user does (key and input events; appended to what the field holds); fails when there is none.
     */
    void type(String css, String text);

    /**
     * Loads {@code url} in this same page: same browser context (Chromium) or client (HtmlUnit), so
     * the origin's IndexedDB and localStorage stay; the logs keep what they held.
     */
    void navigate(String url);

    /**
     * Opens {@code url} in another page of this page's browser context, as a second tab of the same
     * browser: the origin's IndexedDB and localStorage are shared. Closing the tab leaves this page
     * open; closing this page closes its tabs. Chromium only.
     *
     * @throws UnsupportedOperationException in HtmlUnit
     */
    BrowserPage openTab(String url);

    /**
     * Sends the Chrome DevTools Protocol command {@code method} with the JSON object {@code paramsJson}
     * to this page, e.g. {@code Storage.overrideQuotaForOrigin}. Chromium only.
     *
     * @throws UnsupportedOperationException in HtmlUnit
     */
    void devTools(String method, String paramsJson);

    /** Loads the current page again in this same page, as the browser's reload button does. */
    void reload();

    /**
     * Waits until the window received {@code java:all-done}, i.e. every Java script of the page
     * finished; {@link Lane#open(String)} already did for the page it opened.
     */
    void waitForAllDone();

    /**
     * As {@link #waitForAllDone()}, with another bound, for a page whose scripts do heavy work (ten
     * thousand messages through HtmlUnit's WebSocket client on a busy machine).
     */
    void waitForAllDone(long timeoutMillis);

    /**
     * Waits until the JavaScript expression {@code jsCondition} is truthy in the page, at most 15 s;
     * then fails with the page's console lines, page errors and banners.
     */
    void waitFor(String jsCondition);

    /**
     * Every console line of the page so far, as {@code "level: text"} with the level as the lane names
     * it (Chromium: {@code log}, {@code info}, {@code warning}, {@code error}, ...; HtmlUnit reports
     * {@code console.log} as {@code info}).
     */
    List<String> console();

    /** The text of each {@code console.error} so far. */
    List<String> consoleErrors();

    /** The text of each {@code console.warn} so far. */
    List<String> consoleWarnings();

    /**
     * The message of each uncaught JavaScript error (and script that failed to load) so far. Reading
     * them (or {@link #banners()}) makes them the test's to assert: they no longer fail it at its end.
     */
    List<String> pageErrors();

    /**
     * Every Content-Security-Policy violation seen so far: those the current document reported
     * ({@code securitypolicyviolation}, recorded by the probe from before any page script runs in
     * Chromium), then each console error of any page so far that names the policy or Trusted Types.
     * Always empty in HtmlUnit, which enforces no policy.
     */
    List<String> policyViolations();

    /**
     * The text of each Pekoe error banner ({@code .java-error}) on the page. Reading them (or
     * {@link #pageErrors()}) makes them the test's to assert: they no longer fail it at its end.
     */
    List<String> banners();

    /** Closes the page and its browser context (or its HtmlUnit client); a tab closes alone. */
    @Override
    void close();
}
