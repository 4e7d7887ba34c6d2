package io.github.pekoe.internal.config;

import io.github.pekoe.internal.js.JsonText;
import io.github.pekoe.internal.toml.TomlText;
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
     * Parses JSON or TOML; the {@code type} attribute is the {@code <java-config>} element's, since a
     * page with that element has no other config source.
     */
    @Override
    public Object parse(ConfigSource source, String text) {
        Element element = HTMLDocument.current().querySelector("java-config");
        String type = element == null ? null : element.getAttribute("type");
        return ConfigText.isToml(type, source.url(), text, source.origin())
                ? TomlText.parse(text, TomlFormat::number) : JsonText.parse(text);
    }

    /** The browser's reading of a checked decimal float. */
    @JSBody(params = "text", script = "return Number(text);")
    private static native double number(String text);
}
