package io.github.pekoe.pagecheck;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * {@link Rule#UNKNOWN_HANDLER}: every {@code py-EVENT} and {@code java-EVENT} attribute (the runtime
 * binds any attribute named so, the event being what follows the prefix) names a handler the page's
 * bundles register, with the runtime's message and list of known handlers. Elements in open
 * declarative shadow roots count, as the runtime binds those; other template content does not.
 */
final class HandlerRule implements PageRule {
    @Override
    public void check(Page page, PageBundles bundles, Site site) {
        boolean noted = false;
        for (Element element : page.document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey();
                if (eventOf(key) == null || Page.isInert(element, true)) {
                    continue;
                }
                Registered registered = bundles.registered;
                if (registered == null) {
                    if (!noted) {
                        page.reportAttribute(Rule.NOT_CHECKED, element, key,
                                "py-*/java-* handler names are not checked on this page: " + bundles.unknownBecause);
                        noted = true;
                    }
                    continue;
                }
                String name = attribute.getValue().trim();
                if (registered.mayHaveHandler(name)) {
                    continue;
                }
                String where = "no handler named '" + name + "' for " + key + " on " + describe(element);
                page.reportAttribute(Rule.UNKNOWN_HANDLER, element, key, registered.wiresEvents()
                        ? where + "; known handlers: " + registered.handlerList()
                        : where + "; this page's bundle has no handlers (no @Handler, @When or registerHandler in it)");
            }
        }
    }

    /** The event an attribute names ({@code py-click} gives {@code click}), or null when it names none. */
    static String eventOf(String attribute) {
        int prefix = attribute.startsWith("py-") ? 3 : attribute.startsWith("java-") ? 5 : 0;
        return prefix > 0 && attribute.length() > prefix ? attribute.substring(prefix) : null;
    }

    /** The element as the runtime names it: {@code <button id="x">}. */
    static String describe(Element element) {
        StringBuilder out = new StringBuilder("<").append(element.normalName());
        if (element.hasAttr("id")) {
            out.append(" id=\"").append(element.attr("id")).append('"');
        }
        return out.append('>').toString();
    }
}
