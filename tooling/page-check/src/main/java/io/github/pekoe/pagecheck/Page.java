package io.github.pekoe.pagecheck;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * One parsed page: its path under the site, the file name findings show, and where its elements and
 * attributes are. Findings on an element under a {@code data-pekoe-ignore} naming their rule are dropped.
 */
final class Page {
    /** The attribute on {@code <html>} that switches the check off for the page ({@code off}). */
    static final String CHECK_ATTRIBUTE = "data-pekoe-check";
    /** The attribute that names rules (or {@code all}) not to apply to an element and what it holds. */
    static final String IGNORE_ATTRIBUTE = "data-pekoe-ignore";

    final String path;
    final String file;
    final Document document;
    private final List<Finding> findings;

    Page(String path, String file, Document document, List<Finding> findings) {
        this.path = path;
        this.file = file;
        this.document = document;
        this.findings = findings;
    }

    /**
     * The site path that {@code url}, written in this page, names (against its {@code <base href>} when
     * it has one); null for a URL outside the site.
     */
    String resolve(String url) {
        Element base = document.selectFirst("base[href]");
        String href = base == null ? "" : base.attr("href").trim();
        if (href.isEmpty()) {
            return SitePaths.resolve(path, url);
        }
        String basePath = SitePaths.resolve(path, href);
        if (basePath == null) {
            return null;
        }
        return SitePaths.resolve(href.endsWith("/") ? basePath + "/index.html" : basePath, url);
    }

    /** Whether {@code <html data-pekoe-check="off">} switches the check off for this page. */
    boolean isOff() {
        Element html = document.selectFirst("html");
        return html != null && html.attr(CHECK_ATTRIBUTE).trim().equalsIgnoreCase("off");
    }

    /** Whether {@code rule} is ignored on {@code element}: it or an ancestor names it in {@code data-pekoe-ignore}. */
    static boolean ignores(Element element, Rule rule) {
        for (Element scope = element; scope != null; scope = scope.parent()) {
            for (String id : scope.attr(IGNORE_ATTRIBUTE).trim().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (id.equals(rule.id()) || id.equals("all")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the browser would not see {@code element} as part of the document (template content, noscript). */
    static boolean isInert(Element element, boolean openShadowRootsCount) {
        for (Element scope = element.parent(); scope != null; scope = scope.parent()) {
            if (scope.nameIs("noscript")) {
                return true;
            }
            if (scope.nameIs("template")
                    && !(openShadowRootsCount && scope.attr("shadowrootmode").trim().equalsIgnoreCase("open"))) {
                return true;
            }
        }
        return false;
    }

    /** Reports {@code message} at {@code element}'s start tag, unless ignored there. */
    void report(Rule rule, Element element, String message) {
        report(rule, element, element.sourceRange().start(), message);
    }

    /** Reports {@code message} at {@code attribute}'s name on {@code element}, unless ignored there. */
    void reportAttribute(Rule rule, Element element, String attribute, String message) {
        Range.AttributeRange range = element.attributes().sourceRange(attribute);
        Range.Position at = range.isTracked() ? range.nameRange().start() : element.sourceRange().start();
        report(rule, element, at, message);
    }

    /** Reports {@code message} at {@code attribute}'s value, {@code offset} characters in, unless ignored. */
    void reportInValue(Rule rule, Element element, String attribute, int offset, String message) {
        Range.AttributeRange range = element.attributes().sourceRange(attribute);
        if (!range.isTracked() || !range.valueRange().isTracked()) {
            reportAttribute(rule, element, attribute, message);
            return;
        }
        Range.Position start = range.valueRange().start();
        int[] at = advance(start.lineNumber(), start.columnNumber(), element.attr(attribute), offset);
        reportAt(rule, element, at[0], at[1], message);
    }

    /** Reports {@code message} {@code offset} characters into {@code element}'s text, unless ignored. */
    void reportInText(Rule rule, Element element, String text, int offset, String message) {
        Node first = element.childNodeSize() > 0 ? element.childNode(0) : null;
        if (!(first instanceof TextNode) || !first.sourceRange().isTracked()) {
            report(rule, element, message);
            return;
        }
        Range.Position start = first.sourceRange().start();
        int[] at = advance(start.lineNumber(), start.columnNumber(), text, offset);
        reportAt(rule, element, at[0], at[1], message);
    }

    /**
     * Reports {@code message} in another file, {@code offset} characters into its {@code text}: the
     * config file that {@code element} names; unless the rule is ignored on {@code element}.
     */
    void reportInFile(Rule rule, Element element, String otherFile, String text, int offset, String message) {
        if (!ignores(element, rule)) {
            int[] at = advance(1, 1, text, offset);
            findings.add(new Finding(rule, otherFile, at[0], at[1], message));
        }
    }

    private void report(Rule rule, Element element, Range.Position at, String message) {
        reportAt(rule, element, at.isTracked() ? at.lineNumber() : 0, at.isTracked() ? at.columnNumber() : 0, message);
    }

    private void reportAt(Rule rule, Element element, int line, int column, String message) {
        if (!ignores(element, rule)) {
            findings.add(new Finding(rule, file, Math.max(line, 0), Math.max(column, 0), message));
        }
    }

    /** The line and column {@code offset} characters into {@code text}, which starts at {@code line}:{@code column}. */
    private static int[] advance(int line, int column, String text, int offset) {
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** A short description of a script element as the runtime gives it, e.g. {@code <script type="java" src="x">}. */
    static String describeScript(Element element) {
        StringBuilder out = new StringBuilder("<").append(element.normalName());
        if (element.nameIs("script")) {
            out.append(" type=\"java\"");
        }
        if (element.hasAttr("src")) {
            out.append(" src=\"").append(element.attr("src")).append('"');
        }
        if (!element.id().isEmpty()) {
            out.append(" id=\"").append(element.id()).append('"');
        }
        return out.append('>').toString();
    }
}
