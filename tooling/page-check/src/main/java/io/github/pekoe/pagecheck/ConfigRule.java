package io.github.pekoe.pagecheck;

import io.github.pekoe.pagecheck.ConfigSources.Source;
import java.util.List;
import java.util.Locale;

/**
 * {@link Rule#CONFIG}: the page's config as the runtime reads it. One source only (a
 * {@code <java-config>}, inline or {@code src}, or the {@code config} attribute of the Java script
 * elements); inline JSON that parses and is an object; a URL the bundle can read ({@code .json}, or
 * {@code .toml} too when its package says {@code @TomlConfig}). TOML text is not checked. Where the
 * page's bundles are not known, only what every bundle rejects is reported.
 */
final class ConfigRule implements PageRule {
    @Override
    public void check(Page page, PageBundles bundles, Site site) {
        List<Source> sources = ConfigSources.of(page);
        if (sources.isEmpty()) {
            return;
        }
        if (sources.size() > 1) {
            StringBuilder names = new StringBuilder();
            for (Source source : sources) {
                names.append(names.length() == 0 ? "" : ", ").append(source.origin());
            }
            Source second = sources.get(1);
            String message = "a page takes one config, but this one has " + sources.size() + ": " + names + "; keep one";
            if (second.attribute() != null) {
                page.reportAttribute(Rule.CONFIG, second.element(), second.attribute(), message);
            } else {
                page.report(Rule.CONFIG, second.element(), message);
            }
        }
        Source source = sources.get(0);
        boolean known = bundles.registered != null;
        boolean toml = !known || bundles.registered.readsToml();
        if (source.url()) {
            checkUrl(page, source, toml);
        } else {
            checkText(page, source, toml, known);
        }
    }

    private static void checkUrl(Page page, Source source, boolean toml) {
        String path = source.value().trim();
        int cut = path.indexOf('?') >= 0 ? path.indexOf('?') : path.indexOf('#');
        path = (cut >= 0 ? path.substring(0, cut) : path).toLowerCase(Locale.ROOT);
        String message = null;
        if (path.isEmpty()) {
            message = "the config URL in " + source.origin() + " is empty";
        } else if (!path.endsWith(".json") && !(toml && path.endsWith(".toml"))) {
            message = "the config URL '" + source.value().trim() + "' in " + source.origin() + " must end in .json"
                    + (toml ? " or .toml" : " (.toml needs @TomlConfig)");
        }
        if (message != null) {
            page.reportInValue(Rule.CONFIG, source.element(), source.attribute(), 0, message);
        }
    }

    /**
     * Checks inline text: JSON when the bundles read only JSON, else JSON when its {@code type} says so
     * or, without one, when it is wrapped in braces (PyScript's rule); a {@code config} attribute is a
     * URL unless it looks inline.
     */
    private static void checkText(Page page, Source source, boolean toml, boolean known) {
        String text = source.value();
        if (source.attribute() != null) {
            if (!ConfigSources.attributeIsInline(text, toml)) {
                checkUrl(page, new Source(source.element(), source.attribute(), text, true, source.origin()), toml);
                return;
            }
        }
        String type = ConfigSources.type(source);
        String trimmed = text.trim();
        boolean json = ConfigSources.readsAsJson(source, toml);
        if (toml && known && type != null && !type.equals("json") && !type.equals("toml")) {
            page.reportAttribute(Rule.CONFIG, source.element(), "type", "type=\"" + source.element().attr("type")
                    + "\" in " + source.origin() + " must be json or toml");
            return;
        }
        if (!json) {
            return;
        }
        JsonSyntax.Problem problem = JsonSyntax.problem(text);
        String hint = !toml && ("toml".equals(type) || !trimmed.startsWith("{") && !trimmed.startsWith("["))
                ? " (TOML config needs @TomlConfig on the page's package)" : "";
        if (problem != null) {
            report(page, source, problem.offset(), "invalid config in " + source.origin() + ": invalid JSON: "
                    + problem.message() + hint);
            return;
        }
        String kind = JsonSyntax.kindOf(text);
        if (kind != null) {
            report(page, source, 0, "the config in " + source.origin() + " must be a JSON object, not " + kind);
        }
    }

    private static void report(Page page, Source source, int offset, String message) {
        if (source.attribute() != null) {
            page.reportInValue(Rule.CONFIG, source.element(), source.attribute(), offset, message);
        } else {
            page.reportInText(Rule.CONFIG, source.element(), source.value(), offset, message);
        }
    }
}
