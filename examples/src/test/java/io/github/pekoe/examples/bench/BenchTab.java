package io.github.pekoe.examples.bench;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * The tab of a benchmark run or a soak part: loads pages, waits for what they set, reads their
 * outputs, and collects what went wrong (page errors, console errors, the errors {@code bench.js} caught).
 */
final class BenchTab {

    /** How long a benchmark page may take to get ready, or to answer its clicks. */
    static final double RUN_MILLIS = 60_000;

    /** How long a soak page may take to finish, or to answer a batch of clicks. */
    static final double SOAK_MILLIS = 600_000;

    private final Page page;
    private final double timeoutMillis;
    private final List<String> problems = new ArrayList<>();

    /** The first tab of {@code session}, watched for errors; each wait gives up after {@code timeoutMillis}. */
    BenchTab(ColdChromium.Session session, double timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
        page = session.context().pages().isEmpty() ? session.context().newPage() : session.context().pages().get(0);
        page.onPageError(error -> problems.add("page error: " + firstLine(error)));
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                problems.add("console error: " + firstLine(message.text()));
            }
        });
    }

    /** Loads {@code url} and waits until the page is ready; false (with the reason noted) when it failed. */
    boolean load(String url) {
        page.navigate(url);
        page.waitForFunction("() => window.bench && (bench.ready || bench.errors.length > 0)", null,
                new Page.WaitForFunctionOptions().setTimeout(timeoutMillis));
        String errors = (String) page.evaluate("() => bench.errors.join('; ')");
        if (!errors.isEmpty()) {
            problems.add("errors: " + errors);
        }
        return errors.isEmpty();
    }

    /** Waits until {@code predicate}, a function of {@code arg} run in the page, returns true. */
    void waitFor(String predicate, Object arg) {
        page.waitForFunction(predicate, arg, new Page.WaitForFunctionOptions().setTimeout(timeoutMillis));
    }

    /** The trimmed text of element {@code id}, "" when there is none. */
    String text(String id) {
        return (String) page.evaluate("id => { const e = document.getElementById(id); return e ? e.textContent.trim() : ''; }", id);
    }

    /** The number element {@code id} shows, or null. */
    Double number(String id) {
        return PageRun.number(text(id));
    }

    /** The page, for what the other methods do not cover. */
    Page page() {
        return page;
    }

    /** What went wrong so far. */
    List<String> problems() {
        return problems;
    }

    /** Notes {@code problem}, flattened onto one line and shortened. */
    void note(String problem) {
        problems.add(brief(problem));
    }

    /** {@code message} on one line, shortened to 400 characters. */
    static String brief(String message) {
        String flat = String.valueOf(message).replaceAll("\\s+", " ");
        return flat.length() > 400 ? flat.substring(0, 400) + "..." : flat;
    }

    private static String firstLine(String message) {
        int end = message == null ? -1 : message.indexOf('\n');
        return end < 0 ? String.valueOf(message) : message.substring(0, end);
    }
}
