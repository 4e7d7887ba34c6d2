package io.github.pekoe.error;

import io.github.pekoe.bridge.Console;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Reports a failure to the page and the console. Reporting itself never throws: a page whose body
 * is gone still gets its console line.
 */
public final class ErrorReport {
    private static boolean bannersShown = true;

    private ErrorReport() {
    }

    /** Turns the page banners on or off (config {@code "plugins": ["!error"]} turns them off). */
    public static void showBanners(boolean shown) {
        bannersShown = shown;
    }

    /** Reports an exception: its class, message and stack. */
    public static void report(Throwable error) {
        report(String.valueOf(error), StackText.of(error));
    }

    /** Reports a problem that is not an exception, such as an unknown script name. */
    public static void report(String message) {
        report(message, message);
    }

    private static void report(String title, String details) {
        Console.error(details);
        if (bannersShown) {
            try {
                showBanner(title, details);
            } catch (Throwable bannerFailure) {
                Console.error("Pekoe could not show an error banner: " + bannerFailure);
            }
        }
    }

    private static void showBanner(String title, String details) {
        HTMLDocument document = HTMLDocument.current();
        HTMLElement banner = document.createElement("div");
        banner.setClassName("java-error");
        banner.setAttribute("role", "alert");
        banner.setAttribute("style", "border:1px solid #b00020;background:#fdecea;color:#5f0010;"
                + "padding:.5em 1em;margin:.5em 0");
        HTMLElement heading = document.createElement("strong");
        heading.setTextContent(title);
        banner.appendChild(heading);
        if (!details.equals(title)) {
            HTMLElement stack = document.createElement("pre");
            stack.setAttribute("style", "white-space:pre-wrap;margin:.5em 0 0");
            stack.setTextContent(details);
            banner.appendChild(stack);
        }
        document.getBody().appendChild(banner);
    }
}
