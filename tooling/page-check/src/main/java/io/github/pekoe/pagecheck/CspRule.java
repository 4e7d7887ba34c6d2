package io.github.pekoe.pagecheck;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * {@link Rule#CSP_INLINE}: what a strict Content-Security-Policy (a {@code script-src} without
 * {@code 'unsafe-inline'}) blocks: inline script code, {@code on*} event attributes and
 * {@code javascript:} URLs. Pekoe pages need none of them: a bundle is a file, handlers are named by
 * {@code py-*} attributes or bound by {@code @When}.
 */
final class CspRule implements PageRule {
    /** Inline script types a policy also governs besides JavaScript. */
    private static final Set<String> OTHER_SCRIPT_TYPES = Set.of("importmap", "speculationrules");
    /** Attributes whose value is a URL that can be {@code javascript:}. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction");

    @Override
    public void check(Page page, PageBundles bundles, Site site) {
        for (Element element : page.document.getAllElements()) {
            if (Page.isInert(element, true)) {
                continue;
            }
            if (element.nameIs("script") && !element.hasAttr("src") && !element.data().isBlank() && runs(element)) {
                page.report(Rule.CSP_INLINE, element, "inline <script> code: a strict Content-Security-Policy"
                        + " (no 'unsafe-inline') blocks it; move it to a file");
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey();
                if (isEventAttribute(key)) {
                    page.reportAttribute(Rule.CSP_INLINE, element, key, "the " + key + " attribute on "
                            + HandlerRule.describe(element) + " is inline code, which a strict Content-Security-Policy"
                            + " blocks; name a handler with py-" + key.substring(2) + " or bind it with @When");
                } else if (URL_ATTRIBUTES.contains(key) && isJavaScriptUrl(attribute.getValue())) {
                    page.reportAttribute(Rule.CSP_INLINE, element, key, "the javascript: URL in " + key + " on "
                            + HandlerRule.describe(element) + " is inline code, which a strict Content-Security-Policy"
                            + " blocks");
                }
            }
        }
    }

    private static boolean runs(Element script) {
        String type = script.attr("type").trim().toLowerCase(Locale.ROOT);
        return PageBundles.JAVASCRIPT_TYPES.contains(type) || OTHER_SCRIPT_TYPES.contains(type);
    }

    /** Whether {@code key} is an event handler content attribute: {@code on} and a lower-case event name. */
    private static boolean isEventAttribute(String key) {
        if (key.length() < 3 || !key.startsWith("on")) {
            return false;
        }
        for (int i = 2; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isJavaScriptUrl(String value) {
        StringBuilder compact = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > ' ') {
                compact.append(Character.toLowerCase(c));
            }
        }
        return compact.toString().startsWith("javascript:");
    }
}
