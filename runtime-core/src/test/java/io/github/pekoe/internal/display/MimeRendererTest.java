package io.github.pekoe.internal.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.display.Html;
import io.github.pekoe.display.HtmlRepr;
import io.github.pekoe.display.JavaScriptRepr;
import io.github.pekoe.display.JpegRepr;
import io.github.pekoe.display.JsonRepr;
import io.github.pekoe.display.MimeBundle;
import io.github.pekoe.display.MimeBundleRepr;
import io.github.pekoe.display.MimeData;
import io.github.pekoe.display.PngRepr;
import io.github.pekoe.display.SvgRepr;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MimeRendererTest {

    /** PyScript's test_repr_png_bytes image: a valid 1x1 transparent PNG, written as its Python bytes literal. */
    static final byte[] PNG_1X1 = ("\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0000\u0001\u0000\u0000"
            + "\u0000\u0001\u0008\u0006\u0000\u0000\u0000\u001f\u0015\u00c4\u0089\u0000\u0000\u0000\rIDATx\u009cc"
            + "\u0000\u0001\u0000\u0000\u0005\u0000\u0001\r\n-\u00b4\u0000\u0000\u0000\u0000IEND\u00aeB`\u0082")
            .getBytes(StandardCharsets.ISO_8859_1);

    /** Python's base64.b64encode of {@link #PNG_1X1}. */
    static final String PNG_1X1_BASE64 =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGMAAQAABQABDQottAAAAABJRU5ErkJggg==";

    /** The base64 PNG PyScript's mimebundle tests return as text. */
    static final String PNG_BASE64_TEXT =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    /** PyScript's test_repr_jpeg bytes: b"\xff\xd8\xff\xe0\x00\x10JFIF". */
    static final byte[] JPEG_HEADER = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0x00, 0x10, 'J', 'F', 'I', 'F'};

    private static Map<String, String> meta(String... keysAndValues) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            meta.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return meta;
    }

    private static void assertRendered(String content, String mimeType, Rendered rendered) {
        assertEquals(mimeType, rendered.mimeType(), "MIME type of " + rendered);
        assertEquals(content, rendered.content(), "content of " + rendered);
    }

    // ---------------------------------------------------------------------------------------------
    // Strings, null and plain objects

    @Test
    void stringIsPlainTextKeptAsItIs() {
        Rendered rendered = MimeRenderer.render("<p>hello world</p>");
        assertRendered("<p>hello world</p>", MimeRenderer.TEXT, rendered);
        assertTrue(rendered.isText());
        assertFalse(rendered.isMarkup());
        assertFalse(rendered.isScript());
    }

    @Test
    void stringIsKeptAsIs() {
        assertRendered("Hello, world", "text/plain", MimeRenderer.render("Hello, world"));
    }

    @Test
    void stringIsTextEvenWhenItLooksLikeJsonOrBase64() {
        assertRendered("{\"a\": 1}", "text/plain", MimeRenderer.render("{\"a\": 1}"));
        assertRendered(PNG_1X1_BASE64, "text/plain", MimeRenderer.render(PNG_1X1_BASE64));
    }

    @Test
    void nullRendersAsTheTextNull() {
        assertRendered("null", "text/plain", MimeRenderer.render(null));
    }

    @Test
    void objectWithoutRepresentationsFallsBackToItsToStringText() {
        Object noReprMethods = new Object() {
            @Override
            public String toString() {
                return "<NoReprMethods object at 0x1 & 'more'>";
            }
        };
        assertRendered("<NoReprMethods object at 0x1 & 'more'>", "text/plain",
                MimeRenderer.render(noReprMethods));
    }

    @Test
    void numbersAreTheirToStringListsAndMapsTheirPythonShape() {
        assertRendered("42", "text/plain", MimeRenderer.render(42));
        assertRendered("['A', 1, '!']", "text/plain", MimeRenderer.render(List.of("A", 1, "!")));
        assertRendered("{'B': 2}", "text/plain", MimeRenderer.render(Map.of("B", 2)));
        assertRendered("[1, 2]", "text/plain", MimeRenderer.render(new int[] {1, 2}));
    }

    // ---------------------------------------------------------------------------------------------
    // Single representations

    @Test
    void htmlReprIsInsertedAsMarkupWithoutEscaping() {
        HtmlRepr html = () -> "<h1>HTML Header</h1>";
        Rendered rendered = MimeRenderer.render(html);
        assertRendered("<h1>HTML Header</h1>", "text/html", rendered);
        assertTrue(rendered.isMarkup());
        assertFalse(rendered.isScript());
    }

    @Test
    void htmlWrapperIsInsertedAsMarkup() {
        Rendered rendered = MimeRenderer.render(new Html("<p>hello world</p>"));
        assertRendered("<p>hello world</p>", HtmlRepr.MIME, rendered);
        assertTrue(rendered.isMarkup());
    }

    @Test
    void htmlWrapperOfNullIsEmptyMarkup() {
        assertRendered("", HtmlRepr.MIME, MimeRenderer.render(new Html(null)));
    }

    @Test
    void htmlReprWithMetaKeepsTheMarkupAndIgnoresTheMeta() {
        HtmlRepr html = () -> MimeData.of("<p>Paragraph</p>", meta("data-custom", "value"));
        assertRendered("<p>Paragraph</p>", "text/html", MimeRenderer.render(html));
    }

    @Test
    void svgReprIsKeptAsIsAndSetAsInnerHtml() {
        String svg = "<svg width=\"100\" height=\"100\"><circle cx=\"50\" cy=\"50\" r=\"40\" fill=\"blue\"/></svg>";
        SvgRepr circle = () -> svg;
        Rendered rendered = MimeRenderer.render(circle);
        assertRendered(svg, SvgRepr.MIME, rendered);
        assertFalse(rendered.isMarkup());
        assertFalse(rendered.isScript());
    }

    @Test
    void jsonReprIsText() {
        JsonRepr json = () -> "{\"key\": \"value\", \"number\": 42, \"tag\": \"<b>&</b>\"}";
        Rendered rendered = MimeRenderer.render(json);
        assertRendered("{\"key\": \"value\", \"number\": 42, "
                + "\"tag\": \"<b>&</b>\"}", JsonRepr.MIME, rendered);
        assertTrue(rendered.isText());
        assertFalse(rendered.isMarkup());
        assertFalse(rendered.isScript());
    }

    @Test
    void javaScriptReprIsKeptAsCodeForAScriptElement() {
        JavaScriptRepr script = () -> "if (1 < 2 && 'a' !== \"b\") console.log('<ok>');";
        Rendered rendered = MimeRenderer.render(script);
        assertRendered("if (1 < 2 && 'a' !== \"b\") console.log('<ok>');", JavaScriptRepr.MIME, rendered);
        assertTrue(rendered.isScript());
        assertFalse(rendered.isMarkup());
    }

    // ---------------------------------------------------------------------------------------------
    // Images

    @Test
    void pyScriptsOnePixelPngBytesAreTheExpectedBytes() {
        assertEquals(67, PNG_1X1.length);
        assertEquals(0x89, PNG_1X1[0] & 0xff);
        assertEquals("PNG", new String(PNG_1X1, 1, 3, StandardCharsets.US_ASCII));
        assertEquals("IEND", new String(PNG_1X1, PNG_1X1.length - 8, 4, StandardCharsets.US_ASCII));
        assertEquals(0x82, PNG_1X1[PNG_1X1.length - 1] & 0xff);
    }

    @Test
    void pngBytesBecomeAnImgWithABase64DataUrl() {
        PngRepr png = () -> PNG_1X1;
        Rendered rendered = MimeRenderer.render(png);
        assertRendered("<img src=\"data:image/png;base64," + PNG_1X1_BASE64 + "\">", "image/png", rendered);
        assertFalse(rendered.isMarkup());
        assertFalse(rendered.isScript());
    }

    @Test
    void pngBase64TextIsUsedAsIs() {
        PngRepr png = () -> PNG_BASE64_TEXT;
        assertRendered("<img src=\"data:image/png;base64," + PNG_BASE64_TEXT + "\">", "image/png",
                MimeRenderer.render(png));
    }

    @Test
    void jpegBytesBecomeAnImgWithAJpegDataUrl() {
        JpegRepr jpeg = () -> JPEG_HEADER;
        assertRendered("<img src=\"data:image/jpeg;base64,/9j/4AAQSkZJRg==\">", "image/jpeg",
                MimeRenderer.render(jpeg));
    }

    @Test
    void jpegBase64TextIsUsedAsIs() {
        JpegRepr jpeg = () -> "ZCBqcGVnIG1pbmltdW0==";
        assertRendered("<img src=\"data:image/jpeg;base64,ZCBqcGVnIG1pbmltdW0==\">", "image/jpeg",
                MimeRenderer.render(jpeg));
    }

    @Test
    void imageMetaBecomesAttributesInTheirOrder() {
        PngRepr widthFirst = () -> MimeData.of(PNG_1X1, meta("width", "100", "height", "50"));
        assertRendered("<img src=\"data:image/png;base64," + PNG_1X1_BASE64 + "\" width=\"100\" height=\"50\">",
                "image/png", MimeRenderer.render(widthFirst));

        PngRepr heightFirst = () -> MimeData.of(PNG_1X1, meta("height", "50", "width", "100"));
        assertRendered("<img src=\"data:image/png;base64," + PNG_1X1_BASE64 + "\" height=\"50\" width=\"100\">",
                "image/png", MimeRenderer.render(heightFirst));
    }

    @Test
    void imageMetaAddedWithWithKeepsItsOrder() {
        JpegRepr jpeg = () -> MimeData.of(JPEG_HEADER).with("alt", "photo").with("width", "3").with("class", "x");
        assertRendered("<img src=\"data:image/jpeg;base64,/9j/4AAQSkZJRg==\" alt=\"photo\" width=\"3\" class=\"x\">",
                "image/jpeg", MimeRenderer.render(jpeg));
    }

    @Test
    void imageMetaValuesAreEscaped() {
        PngRepr png = () -> MimeData.of(PNG_BASE64_TEXT, meta("alt", "a \"quoted\" <b> & 'x'", "data-k", "v"));
        assertRendered("<img src=\"data:image/png;base64," + PNG_BASE64_TEXT + "\""
                        + " alt=\"a &quot;quoted&quot; &lt;b&gt; &amp; &#x27;x&#x27;\" data-k=\"v\">",
                "image/png", MimeRenderer.render(png));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alt onerror=top.x() x", "data-<k>", "a\"b", "x=y", "a/b", "a>", "", "1x"})
    void imageMetaKeysThatAreNoAttributeNamesAreRefusedByName(String key) {
        PngRepr png = () -> MimeData.of(PNG_1X1, meta("width", "1", key, "y"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MimeRenderer.render(png));
        assertEquals("an image's meta key \"" + key + "\" is not a valid name: a letter, _ or : first, then letters,"
                + " digits, -, ., _ or :", e.getMessage());
    }

    @Test
    void imageBase64TextIsEscapedSoItCannotBreakOutOfTheAttribute() {
        PngRepr png = () -> "abc\"><script>x</script>";
        assertRendered("<img src=\"data:image/png;base64,abc&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">",
                "image/png", MimeRenderer.render(png));
    }

    // ---------------------------------------------------------------------------------------------
    // Priority among representations

    /** Offers every representation; those named in {@code missing} return null. */
    static final class AllReprs implements PngRepr, JpegRepr, SvgRepr, HtmlRepr, JsonRepr, JavaScriptRepr {
        private final List<String> missing;

        AllReprs(String... missing) {
            this.missing = Arrays.asList(missing);
        }

        private Object unless(String mimeType, Object value) {
            return missing.contains(mimeType) ? null : value;
        }

        @Override
        public Object reprPng() {
            return unless(PngRepr.MIME, PNG_1X1);
        }

        @Override
        public Object reprJpeg() {
            return unless(JpegRepr.MIME, JPEG_HEADER);
        }

        @Override
        public Object reprSvg() {
            return unless(SvgRepr.MIME, "<svg></svg>");
        }

        @Override
        public Object reprHtml() {
            return unless(HtmlRepr.MIME, "<b>html</b>");
        }

        @Override
        public Object reprJson() {
            return unless(JsonRepr.MIME, "[\"json\"]");
        }

        @Override
        public Object reprJavaScript() {
            return unless(JavaScriptRepr.MIME, "js()");
        }

        @Override
        public String toString() {
            return "<AllReprs>";
        }
    }

    @Test
    void representationsAreTriedInPyScriptsOrderSkippingNulls() {
        assertRendered("<img src=\"data:image/png;base64," + PNG_1X1_BASE64 + "\">", "image/png",
                MimeRenderer.render(new AllReprs()));
        assertRendered("<img src=\"data:image/jpeg;base64,/9j/4AAQSkZJRg==\">", "image/jpeg",
                MimeRenderer.render(new AllReprs("image/png")));
        assertRendered("<svg></svg>", "image/svg+xml",
                MimeRenderer.render(new AllReprs("image/png", "image/jpeg")));
        assertRendered("<b>html</b>", "text/html",
                MimeRenderer.render(new AllReprs("image/png", "image/jpeg", "image/svg+xml")));
        assertRendered("[\"json\"]", "application/json",
                MimeRenderer.render(new AllReprs("image/png", "image/jpeg", "image/svg+xml", "text/html")));
        assertRendered("js()", "application/javascript", MimeRenderer.render(
                new AllReprs("image/png", "image/jpeg", "image/svg+xml", "text/html", "application/json")));
        assertRendered("<AllReprs>", "text/plain", MimeRenderer.render(new AllReprs("image/png",
                "image/jpeg", "image/svg+xml", "text/html", "application/json", "application/javascript")));
    }

    static final class HtmlAndPng implements HtmlRepr, PngRepr {
        @Override
        public Object reprHtml() {
            return "<p>html</p>";
        }

        @Override
        public Object reprPng() {
            return PNG_1X1;
        }
    }

    @Test
    void objectWithBothHtmlAndPngRendersAsPng() {
        assertRendered("<img src=\"data:image/png;base64," + PNG_1X1_BASE64 + "\">", "image/png",
                MimeRenderer.render(new HtmlAndPng()));
    }

    static final class NullHtml implements HtmlRepr {
        @Override
        public Object reprHtml() {
            return null;
        }

        @Override
        public String toString() {
            return "NullHtml<>";
        }
    }

    @Test
    void htmlReprReturningNullFallsBackToToStringText() {
        assertRendered("NullHtml<>", "text/plain", MimeRenderer.render(new NullHtml()));
    }

    static final class NullPngThenJson implements PngRepr, JsonRepr {
        @Override
        public Object reprPng() {
            return null;
        }

        @Override
        public Object reprJson() {
            return "{}";
        }
    }

    @Test
    void nullPngFallsThroughToTheNextAvailableRepresentation() {
        assertRendered("{}", "application/json", MimeRenderer.render(new NullPngThenJson()));
    }

    // ---------------------------------------------------------------------------------------------
    // MIME bundles

    /** A bundle-only object; {@code toString} shows the fallback. */
    private static MimeBundleRepr bundled(MimeBundle bundle) {
        return new MimeBundleRepr() {
            @Override
            public MimeBundle reprMimeBundle() {
                return bundle;
            }

            @Override
            public String toString() {
                return "<Bundled>";
            }
        };
    }

    @Test
    void bundlePrefersItsFirstSupportedType() {
        MimeBundle bundle = MimeBundle.of("text/html", "<strong>Bold HTML</strong>")
                .with("text/plain", "Plain text fallback");
        Rendered rendered = MimeRenderer.render(bundled(bundle));
        assertRendered("<strong>Bold HTML</strong>", "text/html", rendered);
        assertTrue(rendered.isMarkup());
    }

    @Test
    void bundleOrderDecidesNotTheRepresentationPriority() {
        MimeBundle bundle = MimeBundle.of("text/plain", "<plain>")
                .with("image/png", PNG_1X1)
                .with("text/html", "<b>html</b>");
        assertRendered("<plain>", "text/plain", MimeRenderer.render(bundled(bundle)));
    }

    @Test
    void bundleTextPlainOfANonStringIsItsToStringText() {
        assertRendered("42", "text/plain", MimeRenderer.render(bundled(MimeBundle.of("text/plain", 42))));
    }

    static final class BundleAndPng implements MimeBundleRepr, PngRepr, HtmlRepr {
        @Override
        public MimeBundle reprMimeBundle() {
            return MimeBundle.of("text/html", "<i>from bundle</i>");
        }

        @Override
        public Object reprPng() {
            return PNG_1X1;
        }

        @Override
        public Object reprHtml() {
            return "<i>from reprHtml</i>";
        }
    }

    @Test
    void bundleWinsOverTheObjectsOwnRepresentations() {
        assertRendered("<i>from bundle</i>", "text/html", MimeRenderer.render(new BundleAndPng()));
    }

    @Test
    void bundleSkipsUnsupportedTypesBeforeASupportedOne() {
        MimeBundle bundle = MimeBundle.of("application/pdf", "PDF data")
                .with("text/latex", "LaTeX data")
                .with("image/svg+xml", "<svg/>");
        assertRendered("<svg/>", "image/svg+xml", MimeRenderer.render(bundled(bundle)));
    }

    @Test
    void bundleSkipsEntriesWhoseValueIsNull() {
        MimeBundle bundle = MimeBundle.of("text/html", null).with("application/json", "[1]");
        assertRendered("[1]", "application/json", MimeRenderer.render(bundled(bundle)));
    }

    static final class UnsupportedMime implements MimeBundleRepr, HtmlRepr {
        @Override
        public MimeBundle reprMimeBundle() {
            return MimeBundle.of("application/pdf", "PDF data").with("text/latex", "LaTeX data");
        }

        @Override
        public Object reprHtml() {
            return "<p>HTML fallback</p>";
        }
    }

    @Test
    void bundleWithOnlyUnsupportedTypesFallsBackToHtmlRepr() {
        assertRendered("<p>HTML fallback</p>", "text/html", MimeRenderer.render(new UnsupportedMime()));
    }

    @Test
    void bundleWithOnlyUnsupportedTypesAndNoOtherRepresentationFallsBackToToString() {
        MimeBundle bundle = MimeBundle.of("application/pdf", "PDF data").with("text/latex", "LaTeX data");
        assertRendered("<Bundled>", "text/plain", MimeRenderer.render(bundled(bundle)));
    }

    @Test
    void emptyBundleFallsBackToToString() {
        assertRendered("<Bundled>", "text/plain", MimeRenderer.render(bundled(MimeBundle.of())));
    }

    static final class NullBundleWithSvg implements MimeBundleRepr, SvgRepr {
        @Override
        public MimeBundle reprMimeBundle() {
            return null;
        }

        @Override
        public Object reprSvg() {
            return "<svg id=\"fallback\"/>";
        }
    }

    @Test
    void nullBundleFallsBackToTheOtherRepresentations() {
        assertRendered("<svg id=\"fallback\"/>", "image/svg+xml", MimeRenderer.render(new NullBundleWithSvg()));
    }

    @Test
    void nullBundleWithNothingElseFallsBackToToString() {
        assertRendered("<Bundled>", "text/plain", MimeRenderer.render(bundled(null)));
    }

    @Test
    void bundleMetaBecomesImageAttributes() {
        MimeBundle bundle = MimeBundle.of("image/png", PNG_BASE64_TEXT)
                .meta("image/png", meta("width", "100", "height", "50"));
        assertRendered("<img src=\"data:image/png;base64," + PNG_BASE64_TEXT + "\" width=\"100\" height=\"50\">",
                "image/png", MimeRenderer.render(bundled(bundle)));
    }

    @Test
    void bundleMetaMergesWithTheMimeDatasOwnMeta() {
        MimeBundle bundle = MimeBundle.of("image/png", MimeData.of(PNG_BASE64_TEXT, meta("height", "75")))
                .meta("image/png", meta("width", "100"));
        assertRendered("<img src=\"data:image/png;base64," + PNG_BASE64_TEXT + "\" width=\"100\" height=\"75\">",
                "image/png", MimeRenderer.render(bundled(bundle)));
    }

    @Test
    void mimeDataMetaOverridesBundleMetaForTheSameKey() {
        MimeBundle bundle = MimeBundle.of("image/png", MimeData.of(PNG_1X1, meta("height", "75", "alt", "dot")))
                .meta("image/png", meta("width", "100", "height", "10"));
        assertRendered("<img src=\"data:image/png;base64," + PNG_1X1_BASE64 + "\""
                        + " width=\"100\" height=\"75\" alt=\"dot\">",
                "image/png", MimeRenderer.render(bundled(bundle)));
    }

    @Test
    void bundleMetaForAnotherTypeIsNotApplied() {
        MimeBundle bundle = MimeBundle.of("image/jpeg", JPEG_HEADER)
                .meta("image/png", meta("width", "100"));
        assertRendered("<img src=\"data:image/jpeg;base64,/9j/4AAQSkZJRg==\">", "image/jpeg",
                MimeRenderer.render(bundled(bundle)));
    }

    @Test
    void bundleMetaForAnUnchosenTypeDoesNotLeakIntoTheRenderedOne() {
        MimeBundle bundle = MimeBundle.of("application/pdf", "PDF data")
                .with("image/png", PNG_1X1)
                .meta("application/pdf", meta("width", "1"));
        assertRendered("<img src=\"data:image/png;base64," + PNG_1X1_BASE64 + "\">", "image/png",
                MimeRenderer.render(bundled(bundle)));
    }

    @Test
    void bundleValueMayBeAMimeDataTuple() {
        MimeBundle bundle = MimeBundle.of("text/html", MimeData.of("<em>Italic</em>", meta("custom", "meta")));
        assertRendered("<em>Italic</em>", "text/html", MimeRenderer.render(bundled(bundle)));
    }

    @Test
    void bundleJsonIsTextAndBundleJavaScriptIsAScript() {
        assertRendered("{\"a\":\"<>\"}", "application/json",
                MimeRenderer.render(bundled(MimeBundle.of("application/json", "{\"a\":\"<>\"}"))));
        Rendered script = MimeRenderer.render(bundled(MimeBundle.of("application/javascript", "a < b")));
        assertRendered("a < b", "application/javascript", script);
        assertTrue(script.isScript());
    }

    @Test
    void rendersTheMetaWithoutChangingTheBundleOrTheMimeData() {
        MimeData data = MimeData.of(PNG_1X1, meta("height", "75"));
        MimeBundle bundle = MimeBundle.of("image/png", data).meta("image/png", meta("width", "100"));
        MimeRenderer.render(bundled(bundle));
        MimeRenderer.render(bundled(bundle));
        assertEquals(meta("width", "100"), bundle.metaFor("image/png"));
        assertEquals(meta("height", "75"), data.meta());
    }

    // ---------------------------------------------------------------------------------------------
    // isSupported

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/html", "image/png", "image/jpeg", "image/svg+xml",
        "application/json", "application/javascript"})
    void supportsPyScriptsSevenMimeTypes(String mimeType) {
        assertTrue(MimeRenderer.isSupported(mimeType), mimeType);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "text/latex", "text/markdown", "image/gif", "TEXT/HTML",
        "text/html; charset=utf-8", ""})
    void doesNotSupportOtherMimeTypes(String mimeType) {
        assertFalse(MimeRenderer.isSupported(mimeType), mimeType);
    }

    @Test
    void mimeConstantsAreTheStandardTypes() {
        assertEquals("text/plain", MimeRenderer.TEXT);
        assertEquals("text/html", HtmlRepr.MIME);
        assertEquals("image/png", PngRepr.MIME);
        assertEquals("image/jpeg", JpegRepr.MIME);
        assertEquals("image/svg+xml", SvgRepr.MIME);
        assertEquals("application/json", JsonRepr.MIME);
        assertEquals("application/javascript", JavaScriptRepr.MIME);
    }
}
