package io.github.pekoe.examples.harness;

import io.github.pekoe.examples.server.StaticSite;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The expensive things browser tests share within a JVM, each started on first use: the test site
 * and Chromium. Closed when JUnit's root store closes at the end of the run (see
 * {@link HarnessExtension}), or else by a shutdown hook; once closed, the next use starts them anew.
 */
final class SharedResources implements ExtensionContext.Store.CloseableResource {

    private static final SharedResources INSTANCE = new SharedResources();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(INSTANCE::close, "pekoe-harness-shutdown"));
    }

    private StaticSite site;
    private ChromiumBrowser chromium;

    private SharedResources() {
    }

    /** The one instance of this JVM. */
    static SharedResources get() {
        return INSTANCE;
    }

    /** The running test site. */
    synchronized StaticSite site() {
        if (site == null) {
            site = TestSite.start();
        }
        return site;
    }

    /** The running Chromium. */
    synchronized ChromiumBrowser chromium() {
        if (chromium == null) {
            chromium = ChromiumBrowser.launch();
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
