package io.github.pekoe.pagecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Where a page's config comes from, found as the runtime finds it, and how the runtime reads each
 * source: a URL or inline text, JSON or TOML. The config rules share it.
 */
final class ConfigSources {
    private ConfigSources() {
    }

    /**
     * One config source.
     *
     * @param element the element it is on
     * @param attribute the attribute that holds it, null for an element's text
     * @param value the attribute's value or the element's text
     * @param url whether the value is a URL ({@code <java-config src>}); a {@code config} attribute
     *     may be either, see {@link #attributeIsInline}
     * @param origin how findings name it
     */
    record Source(Element element, String attribute, String value, boolean url, String origin) {
    }

    /** The sources in the runtime's order: {@code <java-config>} elements, then distinct {@code config} attributes. */
    static List<Source> of(Page page) {
        List<Source> sources = new ArrayList<>();
        for (Element element : page.document.select("java-config")) {
            if (Page.isInert(element, false)) {
                continue;
            }
            if (element.hasAttr("src")) {
                sources.add(new Source(element, "src", element.attr("src"), true,
                        "<java-config src=\"" + element.attr("src") + "\">"));
            } else {
                sources.add(new Source(element, null, element.wholeText(), false, "<java-config>"));
            }
        }
        String previous = null;
        for (Element script : page.document.select(ScriptRule.SELECTOR)) {
            if (!script.hasAttr("config") || Page.isInert(script, false) || script.attr("config").equals(previous)) {
                continue;
            }
            previous = script.attr("config");
            String origin = "config=\"" + previous + "\" on " + Page.describeScript(script);
            sources.add(new Source(script, "config", previous, false, origin));
        }
        return sources;
    }

    /**
     * Whether the {@code config} attribute {@code value} is inline config rather than a URL, for
     * bundles that read TOML ({@code toml}) or JSON only.
     */
    static boolean attributeIsInline(String value, boolean toml) {
        String trimmed = value.trim();
        if (!toml) {
            return trimmed.startsWith("{") || trimmed.startsWith("[");
        }
        int query = trimmed.indexOf('?') >= 0 ? trimmed.indexOf('?') : trimmed.indexOf('#');
        int hash = trimmed.indexOf('#');
        if (hash >= 0 && (query < 0 || hash < query)) {
            query = hash;
        }
        int equals = trimmed.indexOf('=');
        return trimmed.startsWith("{") || trimmed.startsWith("[") || trimmed.indexOf('\n') >= 0
                || equals >= 0 && (query < 0 || equals < query);
    }

    /** The {@code type} of an inline {@code <java-config>}, trimmed and in lower case; null for none or an attribute. */
    static String type(Source source) {
        return source.attribute() == null && source.element().hasAttr("type")
                ? source.element().attr("type").trim().toLowerCase(Locale.ROOT) : null;
    }

    /**
     * Whether the runtime reads the inline {@code source} as JSON: always when the bundles read only
     * JSON ({@code toml} false), else when its {@code type} says so or, without one, when it is wrapped
     * in braces (PyScript's rule).
     */
    static boolean readsAsJson(Source source, boolean toml) {
        String type = type(source);
        String trimmed = source.value().trim();
        return !toml || "json".equals(type) || (type == null && trimmed.startsWith("{") && trimmed.endsWith("}"));
    }
}
