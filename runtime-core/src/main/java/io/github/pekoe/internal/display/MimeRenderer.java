package io.github.pekoe.internal.display;

import io.github.pekoe.display.HtmlRepr;
import io.github.pekoe.display.JavaScriptRepr;
import io.github.pekoe.display.JpegRepr;
import io.github.pekoe.display.JsonRepr;
import io.github.pekoe.display.MimeBundle;
import io.github.pekoe.display.MimeBundleRepr;
import io.github.pekoe.display.MimeData;
import io.github.pekoe.display.PngRepr;
import io.github.pekoe.display.SvgRepr;
import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.js.Base64Text;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Chooses how a value is shown, in PyScript's order: a String is text; a
 * {@link MimeBundleRepr}'s first supported type wins; then PNG, JPEG, SVG, HTML, JSON and
 * JavaScript representations, skipping any that return null; last, text: collections, maps and
 * arrays as {@link CollectionText} writes them, anything else its {@code toString()}.
 */
public final class MimeRenderer {
    /** Plain text, always escaped. */
    public static final String TEXT = "text/plain";

    private MimeRenderer() {
    }

    /**
     * Returns what {@code value} becomes. Pure: it touches no DOM. Text is kept as it is: it goes
     * into the page as a text node, never as markup.
     *
     * @throws IllegalArgumentException if an image's meta key is not a valid attribute name
     */
    public static Rendered render(Object value) {
        if (value instanceof String) {
            return new Rendered((String) value, TEXT);
        }
        Rendered rendered = value instanceof Representable ? ((Representable) value).pekoeRendered() : null;
        if (rendered != null) {
            return rendered;
        }
        String text = CollectionHook.text(value);
        return new Rendered(text != null ? text : String.valueOf(value), TEXT);
    }

    /**
     * The representation {@code value} offers, in PyScript's order, or null when none does; reached
     * only through {@link Representable}, so only bundles with a representation class carry it.
     */
    static Rendered represent(Object value) {
        Display.enableMarkup();
        Rendered rendered = fromBundle(value);
        if (rendered == null && value instanceof PngRepr) {
            rendered = attempt(PngRepr.MIME, ((PngRepr) value).reprPng());
        }
        if (rendered == null && value instanceof JpegRepr) {
            rendered = attempt(JpegRepr.MIME, ((JpegRepr) value).reprJpeg());
        }
        if (rendered == null && value instanceof SvgRepr) {
            rendered = attempt(SvgRepr.MIME, ((SvgRepr) value).reprSvg());
        }
        if (rendered == null && value instanceof HtmlRepr) {
            rendered = attempt(HtmlRepr.MIME, ((HtmlRepr) value).reprHtml());
        }
        if (rendered == null && value instanceof JsonRepr) {
            rendered = attempt(JsonRepr.MIME, ((JsonRepr) value).reprJson());
        }
        if (rendered == null && value instanceof JavaScriptRepr) {
            rendered = attempt(JavaScriptRepr.MIME, ((JavaScriptRepr) value).reprJavaScript());
        }
        return rendered;
    }

    /** Tells whether {@code display()} can show {@code mimeType}. */
    public static boolean isSupported(String mimeType) {
        return TEXT.equals(mimeType) || HtmlRepr.MIME.equals(mimeType) || isImage(mimeType)
                || SvgRepr.MIME.equals(mimeType) || JsonRepr.MIME.equals(mimeType)
                || JavaScriptRepr.MIME.equals(mimeType);
    }

    private static boolean isImage(String mimeType) {
        return PngRepr.MIME.equals(mimeType) || JpegRepr.MIME.equals(mimeType);
    }

    private static Rendered fromBundle(Object value) {
        if (!(value instanceof MimeBundleRepr)) {
            return null;
        }
        MimeBundle bundle = ((MimeBundleRepr) value).reprMimeBundle();
        if (bundle == null) {
            return null;
        }
        for (Map.Entry<String, Object> entry : bundle.data().entrySet()) {
            String mimeType = entry.getKey();
            if (isSupported(mimeType)) {
                Rendered rendered = renderAs(mimeType, entry.getValue(), new LinkedHashMap<>(bundle.metaFor(mimeType)));
                if (rendered != null) {
                    return rendered;
                }
            }
        }
        return null;
    }

    private static Rendered attempt(String mimeType, Object output) {
        return renderAs(mimeType, output, new LinkedHashMap<>());
    }

    /** Renders {@code output} as {@code mimeType}; null when the output (or its data) is null. */
    private static Rendered renderAs(String mimeType, Object output, Map<String, String> meta) {
        Object data = output;
        if (output instanceof MimeData) {
            MimeData withMeta = (MimeData) output;
            data = withMeta.data();
            meta.putAll(withMeta.meta());
        }
        if (data == null) {
            return null;
        }
        if (isImage(mimeType)) {
            return new Rendered(image(mimeType, data, meta), mimeType);
        }
        return new Rendered(String.valueOf(data), mimeType);
    }

    private static String image(String mimeType, Object data, Map<String, String> meta) {
        String base64 = data instanceof byte[]
                ? Base64Text.encode((byte[]) data)
                : String.valueOf(data).trim();
        StringBuilder img = new StringBuilder("<img src=\"data:").append(mimeType).append(";base64,")
                .append(HtmlEscape.escape(base64)).append('"');
        for (Map.Entry<String, String> attribute : meta.entrySet()) {
            img.append(' ').append(Arguments.name(attribute.getKey(), "an image's meta key")).append("=\"")
                    .append(HtmlEscape.escape(String.valueOf(attribute.getValue()))).append('"');
        }
        return img.append('>').toString();
    }
}
