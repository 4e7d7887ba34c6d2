package io.github.pekoe.testing.internal;

import io.github.pekoe.testing.BrowserPage;

/** Loads a page in a lane: the lanes' one entry into the internals. */
public final class LanePages {

    private LanePages() {
    }

    /**
     * Loads {@code url} in a new HtmlUnit client; with {@code tracked}, the running page test checks the
     * page's banners and page errors when it closes.
     */
    public static BrowserPage htmlUnit(String url, boolean tracked) {
        return tracked(HtmlUnitPage.open(url), tracked);
    }

    /**
     * Loads {@code url} in a new context of the shared Chromium, started on first use; with
     * {@code tracked}, as {@link #htmlUnit}.
     *
     * @throws org.opentest4j.TestAbortedException when no Chromium is installed and none is required
     */
    public static BrowserPage chromium(String url, boolean tracked) {
        return tracked(ChromiumPage.open(SharedResources.get().chromium().browser(), url), tracked);
    }

    private static BrowserPage tracked(ScriptedPage page, boolean tracked) {
        if (tracked) {
            page.trackedByCurrentTest();
        }
        return page;
    }
}
