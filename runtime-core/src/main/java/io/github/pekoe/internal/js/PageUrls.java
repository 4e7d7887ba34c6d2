package io.github.pekoe.internal.js;

import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSBody;

/**
 * Resolves URLs against the page's base URL, in the page and in its workers alike: a worker resolves
 * against the page it was started from (which the page tells it), not against its script's URL, so
 * {@code fetch("api/tea")} means the same on both threads.
 */
public final class PageUrls {
    private static @Nullable String base;

    private PageUrls() {
    }

    /** Makes {@code url} the base of every later resolution: a worker's, set from its page. */
    public static void base(String url) {
        base = url;
    }

    /** The absolute form of {@code url}, or null when it is not a URL. */
    public static @Nullable String absolute(String url) {
        return resolve(url, base != null ? base : documentBase());
    }

    /** The absolute form of {@code url} against the absolute URL {@code base}, or null when it is not a URL. */
    public static @Nullable String absolute(String url, String base) {
        return resolve(url, base);
    }

    @JSBody(params = {"url", "base"}, script = "try { return new URL(url, base).href; } catch (e) { return null; }")
    private static native @Nullable String resolve(String url, String base);

    @JSBody(script = "return typeof document !== 'undefined' ? document.baseURI : self.location.href;")
    private static native String documentBase();
}
