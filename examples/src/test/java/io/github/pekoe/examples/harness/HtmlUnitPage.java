package io.github.pekoe.examples.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.WebConsole;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.JavaScriptErrorListener;

/** The HtmlUnit lane: a page in a fresh {@link WebClient} of its own, inside the JVM. */
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
    }

    /** Opens {@code url} in a new Chrome-like client; fails when the page cannot be loaded. */
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
    public void close() {
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

    /** Records {@code console.error} and {@code console.warn}; ignores the other levels. */
    private final class ConsoleRecorder implements WebConsole.Logger {

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public void error(Object message) {
            consoleErrors.add(String.valueOf(message));
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public void warn(Object message) {
            consoleWarnings.add(String.valueOf(message));
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public void info(Object message) {
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public void debug(Object message) {
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
