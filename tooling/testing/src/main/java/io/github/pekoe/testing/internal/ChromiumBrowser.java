package io.github.pekoe.testing.internal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** An installed headless Chromium driven by Playwright, with no browser download: one per JVM. */
final class ChromiumBrowser implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final String NODE = "/usr/bin/node";

    private final Playwright playwright;
    private final Browser browser;

    private ChromiumBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts Playwright and the Chromium at {@code executable}. */
    static ChromiumBrowser launch(Path executable) {
        String node = System.getenv("PLAYWRIGHT_NODEJS_PATH");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                "PLAYWRIGHT_NODEJS_PATH", node == null || node.isBlank() ? NODE : node)));
        try {
            return new ChromiumBrowser(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(FLAGS)));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** The running browser; open a fresh context per page. */
    Browser browser() {
        return browser;
    }

    /** Closes the browser and Playwright's driver. */
    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
