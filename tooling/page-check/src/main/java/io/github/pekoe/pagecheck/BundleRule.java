package io.github.pekoe.pagecheck;

import org.jsoup.nodes.Element;

/**
 * {@link Rule#MISSING_BUNDLE}: a {@code <script src>}, or a worker's {@code bundle} attribute, that
 * points into a folder the build writes bundles to, or at a file named as one of its bundles, but at
 * no bundle the build makes and no file of the site. Other URLs (other sites, other scripts of the
 * site) are left alone; with no bundles listed the rule is off.
 */
final class BundleRule implements PageRule {
    @Override
    public void check(Page page, PageBundles bundles, Site site) {
        if (site.bundles().isEmpty()) {
            return;
        }
        for (Element script : PageBundles.javaScriptElements(page)) {
            check(page, site, script, "src", "<script src=\"" + script.attr("src") + "\">");
        }
        for (Element worker : page.document.select(ScriptRule.SELECTOR)) {
            if (worker.hasAttr("worker") && !worker.attr("bundle").trim().isEmpty() && !Page.isInert(worker, false)) {
                check(page, site, worker, "bundle", "the worker bundle=\"" + worker.attr("bundle") + "\" of "
                        + Page.describeScript(worker));
            }
        }
    }

    private static void check(Page page, Site site, Element element, String attribute, String what) {
        String path = page.resolve(element.attr(attribute));
        if (path == null || site.bundles().containsKey(path) || site.hasFile(path) || !looksLikeBundle(path, site)) {
            return;
        }
        page.reportInValue(Rule.MISSING_BUNDLE, element, attribute, 0, what + " points at " + path
                + ", which the build does not make; its bundles: " + String.join(", ", site.bundles().keySet()));
    }

    /** Whether {@code path} is in a bundle folder or has a bundle's file name. */
    private static boolean looksLikeBundle(String path, Site site) {
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash);
        String name = path.substring(slash + 1);
        for (Bundle bundle : site.bundles().values()) {
            if (bundle.folder().equals(folder) || bundle.fileName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
