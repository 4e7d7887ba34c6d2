package io.github.pekoe.internal.config;

import io.github.pekoe.internal.toml.TomlText;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;

/**
 * JSON or TOML config, told apart as PyScript does (see {@link ConfigText#isToml}): the format of
 * bundles whose page entry says {@code @TomlConfig}.
 */
final class TomlFormat implements ConfigFormat.Toml {
    @Override
    public boolean isInline(String value) {
        return ConfigText.isInlineJsonOrToml(value);
    }

    @Override
    public void checkUrl(String url, String origin) {
        ConfigText.checkJsonOrTomlUrl(url, origin);
    }

    /**
     * Makes JSON or TOML config current; the {@code type} attribute is the {@code <java-config>}
     * element's, since a page with that element has no other config source.
     */
    @Override
    public boolean use(ConfigSource source, String text, String origin) {
        Element element = HTMLDocument.current().querySelector("java-config");
        String type = element == null ? null : element.getAttribute("type");
        if (!ConfigText.isToml(type, source.url(), text, source.origin())) {
            return PageConfig.useJson(text, origin);
        }
        Map<String, Object> table;
        try {
            table = TomlText.parse(text, TomlFormat::number);
        } catch (IllegalArgumentException e) {
            throw ConfigText.invalid(origin, e.getMessage());
        }
        return PageConfig.useTable(ConfigText.check(table, origin));
    }

    /** The browser's reading of a checked decimal float. */
    @JSBody(params = "text", script = "return Number(text);")
    private static native double number(String text);
}
