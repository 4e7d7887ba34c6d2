package io.github.pekoe.testing.internal;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import io.github.pekoe.testing.BrowserPage;

/**
 * The Chromium lane: a page in a fresh browser context, with the lifecycle probe injected before
 * any page script so that every page, test page or gallery page, records {@code java:all-done}.
 */
final class ChromiumPage extends ScriptedPage {

    private static final double POLL_MILLIS = 20;
    /** Chromium asks for /favicon.ico by itself, late; its 404 is no error of the page under test. */
    private static final String FAVICON = "/favicon.ico:";

    private final BrowserContext context;
    private final Page page;

    /** True for the page that made the context, which closes it; false for its tabs. */
    private final boolean ownsContext;

    private ChromiumPage(BrowserContext context, boolean ownsContext) {
        this.context = context;
        this.ownsContext = ownsContext;
        this.page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.location().contains(FAVICON)) {
                return;
            }
            console.add(message.type() + ": " + message.text());
            if (message.type().equals("error")) {
                consoleErrors.add(message.text());
            } else if (message.type().equals("warning")) {
                consoleWarnings.add(message.text());
            }
        });
        page.onPageError(pageErrors::add);
    }

    /** Loads {@code url} in a new context of {@code browser}, with the probe as its init script. */
    static ChromiumPage open(Browser browser, String url) {
        BrowserContext context = browser.newContext();
        try {
            context.setDefaultTimeout(TIMEOUT_MILLIS);
            context.addInitScript(Probe.script());
            ChromiumPage chromiumPage = new ChromiumPage(context, true);
            chromiumPage.navigate(url);
            return chromiumPage;
        } catch (RuntimeException | AssertionError e) {
            context.close();
            throw e;
        }
    }

    @Override
    public void navigate(String url) {
        checked(url, page.navigate(url));
    }

    @Override
    public BrowserPage openTab(String url) {
        ChromiumPage tab = new ChromiumPage(context, false);
        tab.trackedByCurrentTest();
        try {
            tab.navigate(url);
            return tab;
        } catch (RuntimeException | AssertionError e) {
            tab.close();
            throw e;
        }
    }

    @Override
    public void devTools(String method, String paramsJson) {
        JsonObject params = JsonParser.parseString(paramsJson).getAsJsonObject();
        page.context().newCDPSession(page).send(method, params);
    }

    @Override
    public void reload() {
        checked(page.url(), page.reload());
    }

    private static void checked(String url, Response response) {
        if (response == null || response.status() >= 400) {
            throw new AssertionError("GET " + url + " answered "
                    + (response == null ? "nothing" : response.status() + " " + response.statusText()));
        }
    }

    @Override
    Object evaluate(String jsExpression) {
        return page.evaluate(jsExpression);
    }

    @Override
    boolean navigatedAway(RuntimeException e) {
        return e instanceof PlaywrightException && e.getMessage() != null
                && e.getMessage().contains("Execution context was destroyed");
    }

    @Override
    void idle() {
        page.waitForTimeout(POLL_MILLIS);
    }

    @Override
    void clickFirst(String css) {
        page.locator(css).first().click();
    }

    @Override
    void typeInto(String css, String text) {
        page.locator(css).first().pressSequentially(text);
    }

    @Override
    void closeLane() {
        if (ownsContext) {
            context.close();
        } else {
            page.close();
        }
    }
}
