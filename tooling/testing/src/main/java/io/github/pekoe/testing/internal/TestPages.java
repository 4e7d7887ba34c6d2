package io.github.pekoe.testing.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages one test opened, kept on the test's thread between the extension's before and after
 * callbacks: each page's unread banners and page errors are collected when it closes, and the pages
 * the test left open are closed at its end.
 */
final class TestPages {

    private static final ThreadLocal<TestPages> CURRENT = new ThreadLocal<>();

    private final List<ScriptedPage> open = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private TestPages() {
    }

    /** Starts collecting for the test running on this thread. */
    static void begin() {
        CURRENT.set(new TestPages());
    }

    /** The collection of the test running on this thread, or null outside a page test. */
    static TestPages current() {
        return CURRENT.get();
    }

    /** Ends collecting on this thread: closes the pages left open and returns every problem seen. */
    static List<String> end() {
        TestPages pages = CURRENT.get();
        CURRENT.remove();
        if (pages == null) {
            return List.of();
        }
        List<ScriptedPage> left;
        synchronized (pages) {
            left = new ArrayList<>(pages.open);
        }
        for (ScriptedPage page : left) {
            page.close();
        }
        synchronized (pages) {
            return List.copyOf(pages.problems);
        }
    }

    /** Tracks {@code page}, opened by the test. */
    synchronized void opened(ScriptedPage page) {
        open.add(page);
    }

    /** Records what {@code page}, about to close, showed and the test did not read. */
    synchronized void closing(ScriptedPage page, List<String> unread) {
        open.remove(page);
        problems.addAll(unread);
    }
}
