package io.github.pekoe.pagecheck;

/** One rule applied to one page; it reports through the page. */
interface PageRule {
    /** Checks {@code page}, which loads {@code bundles}, in {@code site}. */
    void check(Page page, PageBundles bundles, Site site);
}
