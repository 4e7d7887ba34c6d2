package io.github.pekoe.testing.internal;

import io.github.pekoe.testing.Site;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The expensive things page tests share within a JVM, each started on first use: the suite's site
 * and Chromium. Closed when JUnit's root store closes at the end of the run (see
 * {@link LaneExtension}), or else by a shutdown hook; once closed, the next use starts them anew.
 */
final class SharedResources implements ExtensionContext.Store.CloseableResource {

    private static final SharedResources INSTANCE = new SharedResources();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(INSTANCE::close, "pekoe-testing-shutdown"));
    }

    private Site site;
    private ChromiumBrowser chromium;

    private SharedResources() {
    }

    /** The one instance of this JVM. */
    static SharedResources get() {
        return INSTANCE;
    }

    /** The running suite site. */
    synchronized Site site() {
        if (site == null) {
            site = SuiteSite.start();
        }
        return site;
    }

    /** The running Chromium; aborts the test (or fails it, when Chromium is required) when there is none. */
    synchronized ChromiumBrowser chromium() {
        if (chromium == null) {
            chromium = ChromiumBrowser.launch(ChromiumLocation.executable());
        }
        return chromium;
    }

    /** Stops Chromium and the site, if they run. */
    @Override
    public synchronized void close() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            chromium = null;
            if (site != null) {
                site.close();
            }
            site = null;
        }
    }
}
