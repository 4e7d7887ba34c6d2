package io.github.pekoe.pagecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the check over the test site ({@code src/test/resources/site}, one page per case, with the
 * name indexes of {@code src/test/resources/classes}): every rule, with file, line, column and message.
 */
class PageCheckTest {
    /** How a js-modules-unused finding on a page of a PekoePage bundle ends: the fix it names. */
    private static final String JS_MODULES_FIX = "call jsModules(\"NAME\") in the page's package, so that its"
            + " PekoePage imports them before the scripts run, or remove js_modules from the config [js-modules-unused]";

    /** The findings, in the order the check sorts them: by file, line and column. */
    private static final List<String> EXPECTED = List.of(
            "shop/Cart.java:21:5: warning: @When(event = \"click\", selector = \"#nowhere\") on shop.Cart.buy matches no element on the pages that load it (bootstrap.html, config-array.html, config-invalid.html, config-toml-url.html, config-toml.html, config-two.html, good.html, js-modules-bootstrap.html, js-modules-nested.html, missing-bundle.html, opt-out-element.html, shadow.html, sub/base.html, sub/right-folder.html, unknown-handler.html, unknown-script.html), so it binds nothing there unless a script creates the element [when-unmatched]",
            "shop/Cart.java:30:5: warning: @When(event = \"mouseover\", selector = \"a:hover\") on shop.Cart.hover: the selector is not checked, this check cannot read it (Could not parse query 'a:hover': unexpected token at '') [when-selector]",
            "bootstrap.html:11:28: error: no Java script named 'cart' for <script type=\"java\" src=\"cart\">; registered scripts: worker-script [unknown-script]",
            "config-array.html:5:42: error: the config in config=\"[1, 2]\" on <script type=\"java\" src=\"cart\"> must be a JSON object, not an array [config]",
            "config-invalid.html:7:23: error: invalid config in <java-config>: invalid JSON: a comma before ']': JSON allows no trailing comma [config]",
            "config-toml-url.html:5:21: error: the config URL 'config.toml' in <java-config src=\"config.toml\"> must end in .json (.toml needs @TomlConfig) [config]",
            "config-toml.html:6:5: error: invalid config in <java-config>: invalid JSON: unexpected 't' where a value is expected (TOML config needs @TomlConfig on the page's package) [config]",
            "config-two.html:6:34: error: a page takes one config, but this one has 2: <java-config src=\"config.json\">, config=\"other.json\" on <script type=\"java\" src=\"cart\">; keep one [config]",
            "csp.html:4:3: warning: inline <script> code: a strict Content-Security-Policy (no 'unsafe-inline') blocks it; move it to a file [csp-inline]",
            "csp.html:5:3: warning: inline <script> code: a strict Content-Security-Policy (no 'unsafe-inline') blocks it; move it to a file [csp-inline]",
            "csp.html:8:7: warning: the onload attribute on <body> is inline code, which a strict Content-Security-Policy blocks; name a handler with py-load or bind it with @When [csp-inline]",
            "csp.html:9:6: warning: the javascript: URL in href on <a> is inline code, which a strict Content-Security-Policy blocks [csp-inline]",
            "csp.html:10:11: warning: the onclick attribute on <button> is inline code, which a strict Content-Security-Policy blocks; name a handler with py-click or bind it with @When [csp-inline]",
            "data/modules.json:3:3: error: the config in data/modules.json (the config of js-modules-file.html, from config=\"data/modules.json\" on <script type=\"java\" src=\"plain-script\">) lists js_modules, but this page's bundle imports none of them, so they would never load (app/plain.js is the PekoePage of plain, whose code never calls jsModules(...)); " + JS_MODULES_FIX,
            "js-modules-bootstrap.html:9:6: error: the config in <java-config> lists js_modules, but this page's bundle imports none of them, so they would never load (app/all.js is built from Bootstrap, which imports no js_modules); build the page's bundle from its package's PekoePage and call jsModules(\"NAME\") in that package, or call Bootstrap.enableJsModules() in a main of your own before Bootstrap.main, or remove js_modules from the config [js-modules-unused]",
            "js-modules-unused.html:6:5: error: the config in <java-config> lists js_modules, but this page's bundle imports none of them, so they would never load (app/plain.js is the PekoePage of plain, whose code never calls jsModules(...)); " + JS_MODULES_FIX,
            "missing-bundle.html:4:16: error: <script src=\"app/shopp.js\"> points at app/shopp.js, which the build does not make; its bundles: app/shop.js, app/plain.js, app/extra.js, app/all.js, app/own.js, app/dyn.js [missing-bundle]",
            "no-bundle.html:5:3: note: the script name of <script type=\"java\" src=\"anything\"> is not checked: the page loads none of the bundles the build makes (app/shop.js, app/plain.js, app/extra.js, app/all.js, app/own.js, app/dyn.js) [not-checked]",
            "no-handlers.html:6:11: error: no handler named 'save' for py-click on <button>; this page's bundle has no handlers (no @Handler, @When or registerHandler in it) [unknown-handler]",
            "opt-out-element.html:10:11: error: no handler named 'reported' for py-click on <button>; known handlers: in-code, load, save [unknown-handler]",
            "shadow.html:6:45: error: no handler named 'in-open-shadow' for py-click on <button>; known handlers: in-code, load, save [unknown-handler]",
            "sub/base.html:5:28: error: no Java script named 'cartx' for <script type=\"java\" src=\"cartx\">; registered scripts: cart [unknown-script]",
            "sub/wrong-folder.html:3:20: error: <script src=\"app/shop.js\"> points at sub/app/shop.js, which the build does not make; its bundles: app/shop.js, app/plain.js, app/extra.js, app/all.js, app/own.js, app/dyn.js [missing-bundle]",
            "unknown-handler.html:5:18: error: no handler named 'savee' for py-click on <button id=\"b\">; known handlers: in-code, load, save [unknown-handler]",
            "unknown-handler.html:6:14: error: no handler named '' for java-mouseover on <span>; known handlers: in-code, load, save [unknown-handler]",
            "unknown-script.html:5:28: error: no Java script named 'cartt' for <script type=\"java\" src=\"cartt\">; registered scripts: cart [unknown-script]",
            "unknown-script.html:6:3: error: <script type=\"java\"> names no script: give it src=\"NAME\"; registered scripts: cart [unknown-script]",
            "unknown-script.html:7:3: error: no Java script named 'nope' for <java-script>; registered scripts: cart [unknown-script]",
            "unmapped.html:5:3: note: the script name of <script type=\"java\" src=\"anything\"> is not checked: the page loads app/own.js, whose main class is not Bootstrap or a PekoePage [not-checked]",
            "unmapped.html:6:11: note: py-*/java-* handler names are not checked on this page: the page loads app/own.js, whose main class is not Bootstrap or a PekoePage [not-checked]",
            "unmapped.html:8:24: error: invalid config in <java-config>: invalid JSON: unexpected '}' where a value is expected [config]");

    private static List<String> findings;

    @BeforeAll
    static void check() {
        findings = TestSite.findings();
    }

    @Test
    void theSiteHasExactlyTheExpectedFindings() {
        assertEquals(EXPECTED, findings, String.join("\n", findings));
    }

    @Test
    void aPageWithEverythingRightHasNoFinding() {
        assertNoFindingIn("good.html");
        assertNoFindingIn("sub/right-folder.html");
    }

    @Test
    void namesRegisteredInCodeUnderNamesThatAreNotConstantsAreNotReported() {
        assertNoFindingIn("dynamic.html");
        assertFalse(findings.stream().anyMatch(line -> line.startsWith("dyn/Dyn.java")), String.join("\n", findings));
    }

    @Test
    void jsModulesAreNotReportedWhereTheBundleImportsThemOrTheConfigHasNoTopLevelJsModules() {
        assertNoFindingIn("js-modules-good.html");
        assertNoFindingIn("js-modules-nested.html");
        assertNoFindingIn("js-modules-nested-json.html");
    }

    @Test
    void jsModulesThatNoBundleOfThePageImportsAreAnErrorAtTheKeyInlineOrInTheConfigFile() {
        List<Finding> all = PageCheck.check(new PageCheckInput(TestSite.SITE, List.of(TestSite.CLASSES),
                TestSite.BUNDLES));
        List<String> places = all.stream().filter(f -> f.rule() == Rule.JS_MODULES_UNUSED)
                .map(f -> f.severity() + " " + TestSite.SITE.relativize(Path.of(f.file())) + ":" + f.line()
                        + ":" + f.column())
                .collect(Collectors.toList());
        assertEquals(List.of("ERROR data/modules.json:3:3", "ERROR js-modules-bootstrap.html:9:6",
                "ERROR js-modules-unused.html:6:5"), places);
    }

    @Test
    void aPageThatSwitchesTheCheckOffHasNoFinding() {
        assertNoFindingIn("opt-out-page.html");
    }

    @Test
    void aMissingBundleIsAnErrorAndFailsTheBuild() {
        List<Finding> all = PageCheck.check(new PageCheckInput(TestSite.SITE, List.of(TestSite.CLASSES),
                TestSite.BUNDLES));
        assertTrue(PageCheck.hasErrors(all));
        assertTrue(all.stream().anyMatch(f -> f.rule() == Rule.MISSING_BUNDLE && f.severity() == Severity.ERROR
                && f.file().endsWith("missing-bundle.html") && f.line() == 4 && f.column() == 16));
    }

    private static void assertNoFindingIn(String page) {
        assertFalse(findings.stream().anyMatch(line -> line.startsWith(page + ":")), String.join("\n", findings));
    }
}
