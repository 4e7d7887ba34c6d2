package io.github.pekoe.pagecheck;

import org.jsoup.nodes.Element;

/**
 * {@link Rule#UNKNOWN_SCRIPT}: every {@code <script type="java">} and {@code <java-script>} names a
 * script the page's bundles register (a worker's, with {@code bundle="URL"}, one that bundle registers),
 * with the runtime's message and list of registered scripts.
 */
final class ScriptRule implements PageRule {
    /** The elements the runtime runs, as its scanner selects them. */
    static final String SELECTOR = "script[type=java], java-script";

    @Override
    public void check(Page page, PageBundles bundles, Site site) {
        for (Element element : page.document.select(SELECTOR)) {
            if (Page.isInert(element, false)) {
                continue;
            }
            Registered registered = bundles.registered;
            String unknownBecause = bundles.unknownBecause;
            if (element.hasAttr("worker") && !element.attr("bundle").trim().isEmpty()) {
                String path = page.resolve(element.attr("bundle"));
                registered = PageBundles.named(path, site.bundles(), site.index());
                unknownBecause = "its worker runs " + element.attr("bundle").trim()
                        + ", not a bundle of this build whose contents are known";
            }
            if (registered == null) {
                page.report(Rule.NOT_CHECKED, element, "the script name of " + Page.describeScript(element)
                        + " is not checked: " + unknownBecause);
                continue;
            }
            String name = nameOf(element);
            if (registered.mayHaveScript(name)) {
                continue;
            }
            String known = registered.scriptList();
            if (name.isEmpty()) {
                page.report(Rule.UNKNOWN_SCRIPT, element, Page.describeScript(element)
                        + " names no script: give it src=\"NAME\"; registered scripts: " + known);
            } else if (element.hasAttr("src")) {
                page.reportInValue(Rule.UNKNOWN_SCRIPT, element, "src", 0, message(element, name, known));
            } else {
                page.report(Rule.UNKNOWN_SCRIPT, element, message(element, name, known));
            }
        }
    }

    private static String message(Element element, String name, String known) {
        return "no Java script named '" + name + "' for " + Page.describeScript(element) + "; registered scripts: "
                + known;
    }

    /** The name the runtime reads: the {@code src} attribute, else the element's text, trimmed. */
    static String nameOf(Element element) {
        if (element.hasAttr("src")) {
            return element.attr("src").trim();
        }
        return (element.nameIs("script") ? element.data() : element.wholeText()).trim();
    }
}
