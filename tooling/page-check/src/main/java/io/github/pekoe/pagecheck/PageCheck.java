package io.github.pekoe.pagecheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The build-time page check: reads a site's pages and reports what the runtime would reject (a script
 * or handler name nothing registers, invalid inline config, a bundle the build does not make), what a
 * strict Content-Security-Policy would block, and {@code @When} selectors that match nothing. See the
 * package documentation for the rules and how a page opts out.
 */
public final class PageCheck {
    private static final List<PageRule> RULES = List.of(new ScriptRule(), new HandlerRule(), new ConfigRule(),
            new JsModulesRule(), new BundleRule(), new CspRule());

    private PageCheck() {
    }

    /**
     * Checks every page under {@code input.siteDirectory()}; returns the findings sorted by file, line
     * and column. Input that cannot be read is a finding of rule {@link Rule#INPUT}, never an exception.
     */
    public static List<Finding> check(PageCheckInput input) {
        List<Finding> findings = new ArrayList<>();
        NameIndex index = NameIndex.read(input.classOutputs());
        findings.addAll(index.problems());
        Map<String, Bundle> bundles = new LinkedHashMap<>();
        for (Bundle bundle : input.bundles()) {
            bundles.putIfAbsent(bundle.path(), bundle);
        }
        Site site = new Site(input.siteDirectory(), bundles, index);
        List<Page> checked = new ArrayList<>();
        Map<Page, PageBundles> loads = new IdentityHashMap<>();
        for (Page page : SitePages.read(input.siteDirectory(), findings)) {
            if (page.isOff()) {
                continue;
            }
            try {
                PageBundles pageBundles = PageBundles.of(page, bundles, index);
                for (PageRule rule : RULES) {
                    rule.check(page, pageBundles, site);
                }
                checked.add(page);
                loads.put(page, pageBundles);
            } catch (RuntimeException e) {
                findings.add(new Finding(Rule.INPUT, page.file, 0, 0, "the check could not finish this page: " + e));
            }
        }
        try {
            WhenRule.check(index, checked, loads, findings);
        } catch (RuntimeException e) {
            findings.add(new Finding(Rule.INPUT, input.siteDirectory().toString(), 0, 0,
                    "the check could not finish the @When selectors: " + e));
        }
        findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column));
        return findings;
    }

    /** Whether {@code findings} hold an error, which fails the build. */
    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
    }
}
