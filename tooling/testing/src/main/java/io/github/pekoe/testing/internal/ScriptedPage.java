package io.github.pekoe.testing.internal;

import io.github.pekoe.testing.BrowserPage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What both lanes share: every read is a JavaScript expression, every wait polls one until a
 * deadline, and the logs are collected here by the lane's listeners. A lane supplies only
 * evaluation, clicking, typing, idling between polls and closing. A page a test opened reports, as it
 * closes, the banners and page errors the test did not read.
 */
abstract class ScriptedPage implements BrowserPage {

    /** How long any wait may take before it fails. */
    static final long TIMEOUT_MILLIS = 15_000;

    private static final String ALL_DONE = "window.__probe && window.__probe.allDone === true";
    private static final String PROBE_EVENTS = "window.__probe ? window.__probe.events.join(', ') : '(no probe on this page)'";

    /** Filled by the lane's console listener. */
    final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    /** Filled by the lane's console listener. */
    final List<String> consoleWarnings = new CopyOnWriteArrayList<>();
    /** Filled by the lane's error listener. */
    final List<String> pageErrors = new CopyOnWriteArrayList<>();
    /** Filled by the lane's console listener: every line, as "level: text". */
    final List<String> console = new CopyOnWriteArrayList<>();

    /** The test that opened this page, told of its problems when it closes; null when none did. */
    private TestPages owner;
    /** Whether the test read the banners or the page errors. */
    private volatile boolean errorsRead;

    /** Evaluates a JavaScript expression that yields a primitive or null; the lane's raw result. */
    abstract Object evaluate(String jsExpression);

    /**
     * Whether {@code e}, thrown by {@link #evaluate}, means only that the page was navigating to
     * another document, so that a wait should ask again; false unless the lane says so.
     */
    boolean navigatedAway(RuntimeException e) {
        return false;
    }

    /** Lets the page run for a moment between two polls (timers, network, background jobs). */
    abstract void idle();

    /** Clicks the first element matching {@code css}, which exists. */
    abstract void clickFirst(String css);

    /** Types {@code text} into the first element matching {@code css}, which exists. */
    abstract void typeInto(String css, String text);

    /** Closes the lane's page (and its context or client, when it owns them). */
    abstract void closeLane();

    /** Has the test running on this thread, if any, check this page when it closes or the test ends. */
    final void trackedByCurrentTest() {
        TestPages pages = TestPages.current();
        if (pages != null) {
            owner = pages;
            pages.opened(this);
        }
    }

    @Override
    public final Object eval(String jsExpression) {
        return JsValues.normalize(evaluate(JsValues.primitive(jsExpression)));
    }

    @Override
    public String text(String css) {
        return (String) eval(JsValues.onFirst(css, "e.textContent"));
    }

    @Override
    public List<String> texts(String css) {
        int count = count(css);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add((String) eval("document.querySelectorAll(" + JsValues.quote(css) + ")[" + i + "].textContent"));
        }
        return texts;
    }

    @Override
    public String html(String css) {
        return (String) eval(JsValues.onFirst(css, "e.innerHTML"));
    }

    @Override
    public int count(String css) {
        return ((Long) eval("document.querySelectorAll(" + JsValues.quote(css) + ").length")).intValue();
    }

    @Override
    public String attr(String css, String name) {
        return (String) eval(JsValues.onFirst(css, "e.getAttribute(" + JsValues.quote(name) + ")"));
    }

    @Override
    public final void click(String css) {
        mustMatch("click", css);
        clickFirst(css);
    }

    @Override
    public final void type(String css, String text) {
        mustMatch("type into", css);
        typeInto(css, text);
    }

    private void mustMatch(String action, String css) {
        if (count(css) == 0) {
            throw new AssertionError("cannot " + action + " " + css + ": no element matches");
        }
    }

    @Override
    public void waitForAllDone() {
        awaitOrFail(ALL_DONE, "java:all-done", TIMEOUT_MILLIS);
    }

    @Override
    public void waitForAllDone(long timeoutMillis) {
        awaitOrFail(ALL_DONE, "java:all-done", timeoutMillis);
    }

    @Override
    public void waitFor(String jsCondition) {
        awaitOrFail(jsCondition, jsCondition, TIMEOUT_MILLIS);
    }

    @Override
    public List<String> console() {
        return List.copyOf(console);
    }

    @Override
    public List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    @Override
    public List<String> consoleWarnings() {
        return List.copyOf(consoleWarnings);
    }

    @Override
    public List<String> pageErrors() {
        errorsRead = true;
        return List.copyOf(pageErrors);
    }

    @Override
    public List<String> policyViolations() {
        List<String> violations = new ArrayList<>();
        Object recorded = eval("window.__probe && window.__probe.violations"
                + " ? window.__probe.violations.join('\\n') : ''");
        if (!"".equals(recorded)) {
            violations.addAll(List.of(((String) recorded).split("\n")));
        }
        for (String error : consoleErrors) {
            if (error.contains("Content Security Policy") || error.contains("Trusted Type")) {
                violations.add(error);
            }
        }
        return violations;
    }

    @Override
    public List<String> banners() {
        errorsRead = true;
        return texts(".java-error");
    }

    @Override
    public final void close() {
        TestPages pages = owner;
        owner = null;
        try {
            if (pages != null) {
                pages.closing(this, unreadProblems());
            }
        } finally {
            closeLane();
        }
    }

    /** The banners and page errors of this page, unless the test read them; each names the page. */
    private List<String> unreadProblems() {
        if (errorsRead) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        String where;
        try {
            where = String.valueOf(eval("location.href"));
            for (String banner : texts(".java-error")) {
                problems.add("banner on " + where + ": " + banner);
            }
        } catch (RuntimeException e) {
            where = "a page that cannot be read now (" + e.getMessage() + ")";
        }
        for (String error : pageErrors) {
            problems.add("page error on " + where + ": " + error);
        }
        return problems;
    }

    private void awaitOrFail(String jsCondition, String what, long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        String condition = "!!(" + jsCondition + ")";
        while (!Boolean.TRUE.equals(evalWhileNavigating(condition))) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + timeoutMillis / 1000 + " s for " + what + " in vain; "
                        + diagnostics());
            }
            idle();
        }
    }

    /** {@link #eval}, or false while the page is between two documents. */
    private Object evalWhileNavigating(String condition) {
        try {
            return eval(condition);
        } catch (RuntimeException e) {
            if (navigatedAway(e)) {
                return false;
            }
            throw e;
        }
    }

    private String diagnostics() {
        String events;
        String banners;
        try {
            events = (String) eval(PROBE_EVENTS);
            banners = texts(".java-error").toString();
        } catch (RuntimeException e) {
            events = banners = "(page unreadable: " + e.getMessage() + ")";
        }
        return "lifecycle events: [" + events + "]; console: " + console
                + "; page errors: " + pageErrors + "; banners: " + banners;
    }
}
