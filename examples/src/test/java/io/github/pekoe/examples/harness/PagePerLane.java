package io.github.pekoe.examples.harness;

import java.util.EnumMap;
import java.util.Map;

/**
 * One loaded page per lane, shared by the test methods of a class that only read it: the page
 * loads on first use, after {@code java:all-done}, and {@link #close()} (from an {@code @AfterAll})
 * closes it. Tests that click or otherwise change the page open their own instead.
 */
public final class PagePerLane implements AutoCloseable {
    private final String path;
    private final Map<Lane, BrowserPage> pages = new EnumMap<>(Lane.class);

    /** Pages of {@code path} on the {@link TestSite}, such as {@code "/test/web-page.html"}. */
    public PagePerLane(String path) {
        this.path = path;
    }

    /** The page in {@code lane}, loaded and finished on first use. */
    public synchronized BrowserPage get(Lane lane) {
        return pages.computeIfAbsent(lane, key -> {
            BrowserPage page = key.open(TestSite.url(path));
            try {
                page.awaitAllDone();
                return page;
            } catch (RuntimeException | AssertionError e) {
                page.close();
                throw e;
            }
        });
    }

    /** Closes every page opened so far. */
    @Override
    public synchronized void close() {
        for (BrowserPage page : pages.values()) {
            page.close();
        }
        pages.clear();
    }
}
