package io.github.pekoe.event;

import io.github.pekoe.bridge.Console;
import io.github.pekoe.error.ErrorReport;
import org.teavm.jso.dom.html.HTMLDocument;

/**
 * Wires the page's events once its scripts have run: {@link When} bindings (one matching nothing on
 * this page is a console warning, an invalid selector an error), then the attributes.
 */
public final class PageEvents {
    private PageEvents() {
    }

    /** Makes every start-up binding (reporting those that fail) and binds and watches the attributes. */
    public static void start(HTMLDocument document) {
        HandlerCatalog catalog = HandlerCatalog.shared();
        for (int i = 0; i < catalog.whenCount(); i++) {
            String binding = "@When(event = \"" + catalog.whenEvent(i) + "\", selector = \""
                    + catalog.whenSelector(i) + "\")";
            try {
                if (!Bindings.whenPresent(catalog.whenEvent(i), catalog.whenSelector(i), catalog.whenHandler(i))) {
                    Console.warn(binding + " matches no element on this page, so it binds nothing");
                }
            } catch (RuntimeException e) {
                ErrorReport.report(binding + ": " + e.getMessage());
            }
        }
        new AttributeBinder(catalog).bindAndWatch(document);
    }
}
