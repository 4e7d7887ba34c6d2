package io.github.pekoe.pagecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The bundles a page loads, found from its {@code <script src>} elements, and the names they register;
 * or, when that cannot be told, why not.
 */
final class PageBundles {
    /** The {@code type} values (lower case) of script elements the browser runs as JavaScript. */
    static final Set<String> JAVASCRIPT_TYPES = Set.of("", "module", "text/javascript", "application/javascript",
            "text/ecmascript", "application/ecmascript", "application/x-javascript", "application/x-ecmascript",
            "text/x-javascript", "text/x-ecmascript", "text/jscript", "text/livescript", "text/javascript1.0",
            "text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4",
            "text/javascript1.5");

    final List<Bundle> loaded = new ArrayList<>();
    /** The page's names, or null when they cannot be told (see {@link #unknownBecause}). */
    final Registered registered;
    final String unknownBecause;

    private PageBundles(Page page, Map<String, Bundle> bundles, NameIndex index) {
        for (Element script : javaScriptElements(page)) {
            String path = page.resolve(script.attr("src"));
            Bundle bundle = path == null ? null : bundles.get(path);
            if (bundle != null && !loaded.contains(bundle)) {
                loaded.add(bundle);
            }
        }
        String why = null;
        if (index.isEmpty()) {
            why = "no name index was found in the class outputs (is Pekoe's annotation processor on the compile path?)";
        } else if (loaded.isEmpty()) {
            why = bundles.isEmpty() ? "the build lists no bundles" : "the page loads none of the bundles the build makes ("
                    + String.join(", ", bundles.keySet()) + ")";
        } else {
            for (Bundle bundle : loaded) {
                if (bundle.contents() == Bundle.Contents.UNKNOWN) {
                    why = "the page loads " + bundle.path() + ", whose main class is not Bootstrap or a PekoePage";
                }
            }
        }
        unknownBecause = why;
        registered = why == null ? Registered.of(loaded, index) : null;
    }

    /** Finds what {@code page} loads among {@code bundles} (by site path). */
    static PageBundles of(Page page, Map<String, Bundle> bundles, NameIndex index) {
        return new PageBundles(page, bundles, index);
    }

    /** The names of the one bundle at site path {@code path}, or null when it is not one whose contents are known. */
    static Registered named(String path, Map<String, Bundle> bundles, NameIndex index) {
        Bundle bundle = path == null ? null : bundles.get(path);
        return bundle == null || bundle.contents() == Bundle.Contents.UNKNOWN || index.isEmpty() ? null
                : Registered.of(List.of(bundle), index);
    }

    /** The page's {@code <script src>} elements that the browser runs as JavaScript. */
    static List<Element> javaScriptElements(Page page) {
        List<Element> scripts = new ArrayList<>();
        for (Element script : page.document.select("script[src]")) {
            if (isJavaScript(script) && !Page.isInert(script, false)) {
                scripts.add(script);
            }
        }
        return scripts;
    }

    /** Whether the browser runs {@code script} as JavaScript (by its {@code type}). */
    static boolean isJavaScript(Element script) {
        return JAVASCRIPT_TYPES.contains(script.attr("type").trim().toLowerCase(Locale.ROOT));
    }
}
