package io.github.pekoe.event;

import io.github.pekoe.error.ErrorReport;
import org.teavm.jso.dom.html.HTMLDocument;

/** Wires the page's events once its scripts have run: {@link When} bindings, then the attributes. */
public final class PageEvents {
    private PageEvents() {
    }

    /** Makes every start-up binding (reporting those that fail) and binds and watches the attributes. */
    public static void start(HTMLDocument document) {
        HandlerCatalog catalog = HandlerCatalog.shared();
        for (int i = 0; i < catalog.whenCount(); i++) {
            try {
                Bindings.when(catalog.whenEvent(i), catalog.whenSelector(i), WhenOptions.none(), catalog.whenHandler(i));
            } catch (RuntimeException e) {
                ErrorReport.report("@When(event = \"" + catalog.whenEvent(i) + "\", selector = \""
                        + catalog.whenSelector(i) + "\"): " + e.getMessage());
            }
        }
        new AttributeBinder(catalog).bindAndWatch(document);
    }
}
