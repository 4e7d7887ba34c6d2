package io.github.pekoe.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.internal.display.MimeRenderer;
import io.github.pekoe.internal.display.Rendered;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MimeData, MimeBundle, Html and Rendered: the values MimeRenderer works with. */
class MimeValuesTest {

    @Test
    void mimeDataWithoutMetaHasEmptyReadOnlyMeta() {
        Object payload = new Object();
        MimeData data = MimeData.of(payload);
        assertSame(payload, data.data());
        assertTrue(data.meta().isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> data.meta().put("k", "v"));
    }

    @Test
    void mimeDataCopiesItsMetaKeepsTheOrderAndIsReadOnly() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("width", "100");
        source.put("height", "50");
        source.put("alt", "x");
        MimeData data = MimeData.of("payload", source);
        source.put("later", "ignored");

        assertEquals(List.of("width", "height", "alt"), new ArrayList<>(data.meta().keySet()));
        assertEquals("50", data.meta().get("height"));
        assertThrows(UnsupportedOperationException.class, () -> data.meta().put("k", "v"));
    }

    @Test
    void mimeDataWithReturnsACopyAndLeavesTheOriginalUnchanged() {
        MimeData original = MimeData.of("payload").with("width", "1");
        MimeData more = original.with("height", "2");

        assertNotSame(original, more);
        assertEquals(Map.of("width", "1"), original.meta());
        assertEquals(List.of("width", "height"), new ArrayList<>(more.meta().keySet()));
        assertSame(original.data(), more.data());
        assertThrows(UnsupportedOperationException.class, () -> more.meta().remove("width"));
    }

    @Test
    void mimeDataWithReplacesAnExistingKeyInPlace() {
        MimeData data = MimeData.of("p").with("a", "1").with("b", "2").with("a", "3");
        assertEquals(List.of("a", "b"), new ArrayList<>(data.meta().keySet()));
        assertEquals("3", data.meta().get("a"));
    }

    @Test
    void emptyBundleHasNoDataAndNoMeta() {
        MimeBundle bundle = MimeBundle.of();
        assertTrue(bundle.data().isEmpty());
        assertTrue(bundle.metaFor("image/png").isEmpty());
    }

    @Test
    void bundleKeepsRepresentationsInInsertionOrder() {
        MimeBundle bundle = MimeBundle.of("text/plain", "t").with("image/png", "p").with("text/html", "h");
        assertEquals(List.of("text/plain", "image/png", "text/html"), new ArrayList<>(bundle.data().keySet()));
        assertEquals("p", bundle.data().get("image/png"));
    }

    @Test
    void bundleWithReturnsTheSameBundleAndReplacesAnExistingType() {
        MimeBundle bundle = MimeBundle.of("text/html", "old");
        assertSame(bundle, bundle.with("text/plain", "t"));
        bundle.with("text/html", "new");
        assertEquals("new", bundle.data().get("text/html"));
        assertEquals(List.of("text/html", "text/plain"), new ArrayList<>(bundle.data().keySet()));
    }

    @Test
    void bundleDataAndMetaViewsAreReadOnly() {
        MimeBundle bundle = MimeBundle.of("text/html", "h").meta("text/html", Map.of("k", "v"));
        assertThrows(UnsupportedOperationException.class, () -> bundle.data().put("text/plain", "t"));
        assertThrows(UnsupportedOperationException.class, () -> bundle.metaFor("text/html").put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> bundle.metaFor("image/png").put("x", "y"));
    }

    @Test
    void bundleMetaIsCopiedKeptInOrderAndLookedUpPerType() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("width", "100");
        entries.put("height", "50");
        MimeBundle bundle = MimeBundle.of("image/png", "p");
        assertSame(bundle, bundle.meta("image/png", entries));
        entries.put("later", "ignored");

        assertEquals(List.of("width", "height"), new ArrayList<>(bundle.metaFor("image/png").keySet()));
        assertTrue(bundle.metaFor("image/jpeg").isEmpty());
    }

    @Test
    void bundleMetaCanBeGivenBeforeItsRepresentation() {
        MimeBundle bundle = MimeBundle.of().meta("image/png", Map.of("width", "1")).with("image/png", "p");
        assertEquals(Map.of("width", "1"), bundle.metaFor("image/png"));
    }

    @Test
    void htmlWrapsMarkupAsItsHtmlRepresentation() {
        Html html = new Html("<b>bold</b>");
        assertEquals("<b>bold</b>", html.reprHtml());
        assertEquals("<b>bold</b>", html.toString());
    }

    @Test
    void htmlOfNullIsEmpty() {
        Html html = new Html(null);
        assertEquals("", html.reprHtml());
        assertEquals("", html.toString());
    }

    @Test
    void renderedExposesContentAndMimeType() {
        Rendered rendered = new Rendered("<b>x</b>", "text/html");
        assertEquals("<b>x</b>", rendered.content());
        assertEquals("text/html", rendered.mimeType());
        assertEquals("text/html: <b>x</b>", rendered.toString());
    }

    @Test
    void onlyHtmlIsMarkupAndOnlyJavaScriptIsAScript() {
        for (String mimeType : List.of("text/plain", "image/png", "image/jpeg", "image/svg+xml", "application/json")) {
            Rendered rendered = new Rendered("c", mimeType);
            assertFalse(rendered.isMarkup(), mimeType);
            assertFalse(rendered.isScript(), mimeType);
        }
        assertTrue(new Rendered("c", "text/html").isMarkup());
        assertFalse(new Rendered("c", "text/html").isScript());
        assertTrue(new Rendered("c", "application/javascript").isScript());
        assertFalse(new Rendered("c", "application/javascript").isMarkup());
    }

    @Test
    void renderedWithNullMimeTypeIsNeitherMarkupNorScript() {
        Rendered rendered = new Rendered(null, null);
        assertNull(rendered.content());
        assertFalse(rendered.isMarkup());
        assertFalse(rendered.isScript());
    }
}
