package io.github.pekoe.testing;

import io.github.pekoe.testing.internal.LanePages;

/** A browser to run a page test in; {@link BothLanes} and {@link ChromiumOnly} pass it to the test. */
public enum Lane {

    /** HtmlUnit inside the JVM: fast, but no fetch, IndexedDB, ES modules or Wasm. */
    HTMLUNIT {
        @Override
        BrowserPage load(String url, boolean tracked) {
            return LanePages.htmlUnit(url, tracked);
        }
    },

    /**
     * An installed headless Chromium through Playwright: the real thing. Skipped where none is
     * installed, unless {@code pekoe.testing.requireChromium=true}.
     */
    CHROMIUM {
        @Override
        BrowserPage load(String url, boolean tracked) {
            return LanePages.chromium(url, tracked);
        }
    };

    /**
     * Opens the page at {@code path} on the current {@link Site} (or at an absolute URL) and waits, at
     * most 15 s, until it received {@code java:all-done}: every Java script of the page finished.
     *
     * @throws AssertionError when the page does not load or does not finish in time; the message holds
     *         the page's console lines, page errors and banners
     */
    public BrowserPage open(String path) {
        return finished(load(path));
    }

    /**
     * Loads the page at {@code path} on the current {@link Site} (or at an absolute URL) and returns
     * once its document has loaded, without waiting for its Java scripts (see
     * {@link BrowserPage#waitForAllDone()}): for pages that never finish, or tests of what happens before.
     */
    public BrowserPage load(String path) {
        return load(absolute(path), true);
    }

    /** Loads {@code url}; with {@code tracked}, the running test checks the page's errors when it ends. */
    abstract BrowserPage load(String url, boolean tracked);

    /** {@code page}, once it finished; closed when it does not. */
    static BrowserPage finished(BrowserPage page) {
        try {
            page.waitForAllDone();
            return page;
        } catch (RuntimeException | AssertionError e) {
            page.close();
            throw e;
        }
    }

    /** The absolute URL of {@code path}: itself when it has a scheme, else on the current site. */
    static String absolute(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return Site.current().url(path.startsWith("/") ? path : "/" + path);
    }
}
