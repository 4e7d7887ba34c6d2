package io.github.pekoe.pagecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * {@link Rule#WHEN_UNMATCHED} and {@link Rule#WHEN_SELECTOR}: each {@code @When} selector should match
 * an element on some page that loads a bundle with its package (the runtime binds it after the scripts
 * run, so elements they create count there but cannot be seen here: a page that relies on them says
 * {@code data-pekoe-ignore="when-unmatched"} on its {@code <html>}). A selector this check cannot read
 * (browser-only pseudo-classes) is a warning of its own. Bindings no checked page loads are skipped.
 */
final class WhenRule {
    private WhenRule() {
    }

    /** Checks every binding of {@code index} against {@code pages}, which load {@code loads}. */
    static void check(NameIndex index, List<Page> pages, Map<Page, PageBundles> loads, List<Finding> findings) {
        for (PackageNames names : index.packages().values()) {
            List<Page> loading = new ArrayList<>();
            for (Page page : pages) {
                Registered registered = loads.get(page).registered;
                if (registered != null && registered.hasPackage(names.pkg)) {
                    loading.add(page);
                }
            }
            if (loading.isEmpty()) {
                continue;
            }
            for (WhenBinding binding : names.whens) {
                check(binding, loading, findings);
            }
        }
    }

    private static void check(WhenBinding binding, List<Page> loading, List<Finding> findings) {
        Evaluator evaluator;
        try {
            evaluator = QueryParser.parse(binding.selector());
        } catch (IllegalArgumentException | IllegalStateException e) {
            findings.add(new Finding(Rule.WHEN_SELECTOR, binding.file(), binding.line(), binding.column(),
                    binding.describe() + ": the selector is not checked, this check cannot read it (" + e.getMessage()
                    + ")"));
            return;
        }
        List<String> names = new ArrayList<>();
        for (Page page : loading) {
            Element html = page.document.selectFirst("html");
            if (html != null && Page.ignores(html, Rule.WHEN_UNMATCHED)) {
                return;
            }
            for (Element match : page.document.select(evaluator)) {
                if (!Page.isInert(match, false)) {
                    return;
                }
            }
            names.add(page.path);
        }
        findings.add(new Finding(Rule.WHEN_UNMATCHED, binding.file(), binding.line(), binding.column(),
                binding.describe() + " matches no element on the pages that load it (" + String.join(", ", names)
                + "), so it binds nothing there unless a script creates the element"));
    }
}
