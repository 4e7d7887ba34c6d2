package io.github.pekoe.examples.harness;

/** A browser to run a page test in. */
public enum Lane {

    /** HtmlUnit inside the JVM: fast, but no fetch, IndexedDB, modules or Wasm; test pages only. */
    HTMLUNIT {
        @Override
        public BrowserPage open(String url) {
            return HtmlUnitPage.open(absolute(url));
        }
    },

    /** Debian's headless Chromium through Playwright: the real thing; any page. */
    CHROMIUM {
        @Override
        public BrowserPage open(String url) {
            return ChromiumPage.open(SharedResources.get().chromium().browser(), absolute(url), TestSite.probeScript());
        }
    };

    /**
     * Opens a page at {@code url}, an absolute URL or a path on the {@link TestSite} such as
     * {@code "/test/display.html"}, and returns once it has loaded.
     */
    public abstract BrowserPage open(String url);

    private static String absolute(String url) {
        return url.startsWith("/") ? TestSite.url(url) : url;
    }
}
