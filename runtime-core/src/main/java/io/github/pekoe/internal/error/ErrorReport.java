package io.github.pekoe.internal.error;

import io.github.pekoe.bridge.Console;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Reports a failure to the page and the console. Reporting itself never throws: a page whose body
 * is gone still gets its console line. A banner's look is set through the CSSOM, never a style
 * attribute, so it shows under {@code Content-Security-Policy: style-src 'self'}.
 */
public final class ErrorReport {
    private static boolean bannersShown = true;
    private static Forwarder forwarder;

    private ErrorReport() {
    }

    /** Where a worker's reports go: to the page, which shows and logs them. */
    public interface Forwarder {
        /** Reports {@code text} on the page. */
        void report(String text);
    }

    /** Sends every later report to {@code forwarder}: a worker's, called once it starts. */
    public static void forwardTo(Forwarder forwarder) {
        ErrorReport.forwarder = forwarder;
    }

    /** Turns the page banners on or off (config {@code "plugins": ["!error"]} turns them off). */
    public static void showBanners(boolean shown) {
        bannersShown = shown;
    }

    /**
     * Reports an exception thrown by the code {@code where} names ({@code handler 'save' for click on
     * <button id="save">}, {@code script 'greeter'}): a heading of {@code where}, its class and message,
     * then its stack. {@code where}'s text is read only now, so callers pass what they have and
     * describe nothing until something fails.
     */
    public static void report(Object where, Throwable error) {
        report(StackText.of(where, error));
    }

    /**
     * Reports a problem: {@code text}'s first line is the banner's heading, the rest (a stack, say)
     * is shown below it as preformatted text.
     */
    public static void report(String text) {
        if (forwarder != null) {
            forwarder.report(text);
            return;
        }
        Console.error(text);
        if (bannersShown) {
            try {
                showBanner(text);
            } catch (Throwable bannerFailure) {
                Console.error("Pekoe could not show an error banner: " + bannerFailure);
            }
        }
    }

    private static void showBanner(String text) {
        HTMLDocument document = HTMLDocument.current();
        HTMLElement banner = document.createElement("div");
        banner.setClassName("java-error");
        banner.setAttribute("role", "alert");
        banner.getStyle().setCssText("border:1px solid #b00020;background:#fdecea;color:#5f0010;"
                + "padding:.5em 1em;margin:.5em 0");
        int lineEnd = text.indexOf('\n');
        HTMLElement heading = document.createElement("strong");
        heading.setTextContent(lineEnd < 0 ? text : text.substring(0, lineEnd));
        banner.appendChild(heading);
        if (lineEnd >= 0) {
            HTMLElement details = document.createElement("pre");
            details.getStyle().setCssText("white-space:pre-wrap;margin:.5em 0 0");
            details.setTextContent(text.substring(lineEnd + 1));
            banner.appendChild(details);
        }
        document.getBody().appendChild(banner);
    }
}
