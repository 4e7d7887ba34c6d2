package io.github.pekoe.testing.internal;

import io.github.pekoe.testing.BrowserPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.WebConsole;
import org.htmlunit.WebWindowEvent;
import org.htmlunit.WebWindowListener;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.JavaScriptErrorListener;

/**
 * The HtmlUnit lane: a page in a fresh {@link WebClient} of its own, inside the JVM, with the
 * lifecycle probe run in each new document before its own scripts.
 */
final class HtmlUnitPage extends ScriptedPage {

    private static final long POLL_MILLIS = 20;

    private static final int WEBSOCKET_MESSAGE_LIMIT = 16 << 20;

    private final WebClient client;

    private HtmlUnitPage(WebClient client) {
        this.client = client;
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnScriptError(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        // HtmlUnit's WebSocket client refuses messages over 64 KiB unless told; browsers take far more.
        client.getOptions().setWebSocketMaxTextMessageSize(WEBSOCKET_MESSAGE_LIMIT);
        client.getOptions().setWebSocketMaxBinaryMessageSize(WEBSOCKET_MESSAGE_LIMIT);
        client.setJavaScriptErrorListener(new ErrorRecorder());
        client.getWebConsole().setLogger(new ConsoleRecorder());
        client.addWebWindowListener(new ProbeInjector());
    }

    /** Loads {@code url} in a new Chrome-like client; fails when the page cannot be loaded. */
    static HtmlUnitPage open(String url) {
        HtmlUnitPage page = new HtmlUnitPage(new WebClient(BrowserVersion.CHROME));
        try {
            page.navigate(url);
            return page;
        } catch (RuntimeException | AssertionError e) {
            page.close();
            throw e;
        }
    }

    @Override
    public void navigate(String url) {
        try {
            Page loaded = client.getPage(url);
            int status = loaded.getWebResponse().getStatusCode();
            if (status >= 400 || !(loaded instanceof HtmlPage)) {
                throw new AssertionError("GET " + url + " answered " + status + " "
                        + loaded.getWebResponse().getContentType() + ", not an HTML page");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + url, e);
        }
    }

    @Override
    public BrowserPage openTab(String url) {
        throw new UnsupportedOperationException("HtmlUnit lane: tabs sharing one origin's storage are Chromium only");
    }

    @Override
    public void devTools(String method, String paramsJson) {
        throw new UnsupportedOperationException("HtmlUnit lane: the DevTools protocol is Chromium only");
    }

    @Override
    public void reload() {
        navigate(current().getUrl().toString());
    }

    @Override
    Object evaluate(String jsExpression) {
        return current().executeJavaScript(jsExpression).getJavaScriptResult();
    }

    @Override
    void idle() {
        if (client.waitForBackgroundJavaScript(POLL_MILLIS) == 0) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }

    @Override
    void clickFirst(String css) {
        DomNode node = current().querySelector(css);
        if (!(node instanceof DomElement element)) {
            throw new AssertionError("cannot click " + css + ": " + node + " is not an element");
        }
        try {
            element.click();
        } catch (IOException e) {
            throw new UncheckedIOException("click on " + css + " failed", e);
        }
    }

    @Override
    void typeInto(String css, String text) {
        DomNode node = current().querySelector(css);
        if (!(node instanceof HtmlElement element)) {
            throw new AssertionError("cannot type into " + css + ": " + node + " is not an HTML element");
        }
        try {
            element.type(text);
        } catch (IOException e) {
            throw new UncheckedIOException("typing into " + css + " failed", e);
        }
    }

    @Override
    void closeLane() {
        client.close();
    }

    private HtmlPage current() {
        Page page = client.getCurrentWindow().getEnclosedPage();
        if (!(page instanceof HtmlPage html)) {
            throw new AssertionError("the window holds no HTML page but " + page);
        }
        return html;
    }

    /** Records uncaught script errors and scripts that failed to load as page errors. */
    private final class ErrorRecorder implements JavaScriptErrorListener {

        @Override
        public void scriptException(HtmlPage page, ScriptException exception) {
            pageErrors.add(exception.getMessage());
        }

        @Override
        public void timeoutError(HtmlPage page, long allowedTime, long executionTime) {
            pageErrors.add("script ran " + executionTime + " ms, longer than the allowed " + allowedTime + " ms");
        }

        @Override
        public void malformedScriptURL(HtmlPage page, String url, MalformedURLException exception) {
            pageErrors.add("malformed script URL " + url);
        }

        @Override
        public void loadScriptError(HtmlPage page, URL scriptUrl, Exception exception) {
            pageErrors.add("cannot load script " + scriptUrl + ": " + exception.getMessage());
        }

        @Override
        public void warn(String message, String sourceName, int line, String lineSource, int lineOffset) {
            // Rhino's own warnings are not the page's console.
        }
    }

    /** Runs the probe in each new HTML document of the client, before the document's own scripts. */
    private static final class ProbeInjector implements WebWindowListener {

        @Override
        public void webWindowOpened(WebWindowEvent event) {
        }

        @Override
        public void webWindowContentChanged(WebWindowEvent event) {
            if (event.getNewPage() instanceof HtmlPage html) {
                html.executeJavaScript(Probe.script());
            }
        }

        @Override
        public void webWindowClosed(WebWindowEvent event) {
        }
    }

    /** Records every console line; errors and warnings also on their own. */
    private final class ConsoleRecorder implements WebConsole.Logger {

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public void error(Object message) {
            consoleErrors.add(String.valueOf(message));
            console.add("error: " + message);
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public void warn(Object message) {
            consoleWarnings.add(String.valueOf(message));
            console.add("warning: " + message);
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public void info(Object message) {
            console.add("info: " + message);
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public void debug(Object message) {
            console.add("debug: " + message);
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public void trace(Object message) {
        }
    }
}
