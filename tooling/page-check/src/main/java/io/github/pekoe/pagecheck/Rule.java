package io.github.pekoe.pagecheck;

/** The page check's rules; each has the id pages name in {@code data-pekoe-ignore}. */
public enum Rule {
    /** A {@code <script type="java">} or {@code <java-script>} names no script the page's bundles register. */
    UNKNOWN_SCRIPT("unknown-script", Severity.ERROR),
    /** A {@code py-EVENT} or {@code java-EVENT} attribute names no handler the page's bundles register. */
    UNKNOWN_HANDLER("unknown-handler", Severity.ERROR),
    /** A {@code @When} selector matches no element on the pages that load its bundle. */
    WHEN_UNMATCHED("when-unmatched", Severity.WARNING),
    /** A {@code @When} selector this check cannot read (browser-only CSS), so it is not checked. */
    WHEN_SELECTOR("when-selector", Severity.WARNING),
    /** The page's config: invalid inline JSON, not an object, more than one source, a URL the bundle cannot read. */
    CONFIG("config", Severity.ERROR),
    /** The config lists {@code js_modules}, but no bundle of the page imports them: its package never calls {@code jsModules}. */
    JS_MODULES_UNUSED("js-modules-unused", Severity.ERROR),
    /** A {@code <script src>} or a worker's {@code bundle} points at a bundle the build does not make. */
    MISSING_BUNDLE("missing-bundle", Severity.ERROR),
    /** Inline script code, an {@code on*} attribute or a {@code javascript:} URL, which a strict CSP blocks. */
    CSP_INLINE("csp-inline", Severity.WARNING),
    /** A rule the check skipped on a page, and why (a bundle whose contents it does not know, say). */
    NOT_CHECKED("not-checked", Severity.NOTE),
    /** Input the check could not read: a page, a name index, the site folder. */
    INPUT("input", Severity.ERROR);

    private final String id;
    private final Severity severity;

    Rule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    /** The id findings show and {@code data-pekoe-ignore} takes, e.g. {@code unknown-handler}. */
    public String id() {
        return id;
    }

    /** The severity of this rule's findings. */
    public Severity severity() {
        return severity;
    }
}
