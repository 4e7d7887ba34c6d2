package io.github.pekoe.internal.event;

import io.github.pekoe.Handler;
import io.github.pekoe.When;
import io.github.pekoe.bridge.Console;
import io.github.pekoe.internal.error.ErrorReport;
import io.github.pekoe.internal.js.Nodes;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;

/**
 * Wires the page's events once its scripts have run: {@link When} bindings (one matching nothing on
 * this page is a console warning, an invalid selector an error), then the attributes. A bundle only
 * carries this wiring when it registers handlers (the first registration switches it on), so a page
 * without any pays nothing for it; there, a {@code py-*} or {@code java-*} attribute is reported as
 * naming a handler the bundle cannot have.
 */
public final class PageEvents {
    private static Wiring wiring;
    private static EarlyEvents early;

    private PageEvents() {
    }

    /** What wires a page's events. */
    interface Wiring {
        /** Starts holding early events. */
        void hold(HTMLDocument document);

        /** Binds the page. */
        void wire(HTMLDocument document);
    }

    /** Switches the wiring on; called by the first handler or binding registered. */
    static void enable() {
        if (wiring == null) {
            wiring = new Wiring() {
                @Override
                public void hold(HTMLDocument document) {
                    early = EarlyEvents.hold(document);
                }

                @Override
                public void wire(HTMLDocument document) {
                    PageEvents.wire(document);
                }
            };
        }
    }

    /** Holds early events on {@code py-*}/{@code java-*} elements until {@link #afterScripts} binds them. */
    public static void beforeScripts(HTMLDocument document) {
        if (wiring != null) {
            wiring.hold(document);
        }
    }

    /** Wires the page's events, or reports attributes that no handler can serve. */
    public static void afterScripts(HTMLDocument document) {
        if (wiring != null) {
            wiring.wire(document);
        } else {
            reportUnbound(document);
        }
    }

    private static void wire(HTMLDocument document) {
        HandlerCatalog catalog = HandlerCatalog.shared();
        for (int i = 0; i < catalog.whenCount(); i++) {
            String binding = "@When(event = \"" + catalog.whenEvent(i) + "\", selector = \""
                    + catalog.whenSelector(i) + "\")";
            try {
                if (!Bindings.whenPresent(catalog.whenEvent(i), catalog.whenSelector(i), catalog.whenHandler(i), binding)) {
                    Console.warn(binding + " matches no element on this page, so it binds nothing");
                }
            } catch (RuntimeException e) {
                ErrorReport.report(binding + ": " + e.getMessage());
            }
        }
        new AttributeBinder(catalog).bindAndWatch(document);
        if (early != null) {
            early.release(catalog);
            early = null;
        }
    }

    private static void reportUnbound(HTMLDocument document) {
        var elements = document.querySelectorAll("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = elements.get(i);
            JSArrayReader<JSObject> names = AttributeBinder.attributeNames(element);
            for (int j = 0; j < names.getLength(); j++) {
                String attribute = AttributeBinder.eventAttribute(names, j);
                if (attribute == null) {
                    continue;
                }
                ErrorReport.report("no handler named '" + element.getAttribute(attribute) + "' for " + attribute
                        + " on " + Nodes.describe(element) + "; this page's bundle has no handlers"
                        + " (no @Handler, @When or registerHandler in it)");
            }
        }
    }
}
