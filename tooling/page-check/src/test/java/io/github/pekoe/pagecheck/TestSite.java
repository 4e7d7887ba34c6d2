package io.github.pekoe.pagecheck;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The test site: its pages, the name indexes of its packages, and the bundles its build makes. */
final class TestSite {
    static final Path SITE = Path.of("src/test/resources/site");
    static final Path CLASSES = Path.of("src/test/resources/classes");
    static final List<Bundle> BUNDLES = List.of(
            Bundle.forMainClass("app/shop.js", "shop.PekoePage"),
            Bundle.forMainClass("app/plain.js", "plain.PekoePage"),
            Bundle.forMainClass("app/extra.js", "extra.PekoePage"),
            Bundle.forMainClass("app/all.js", Bundle.BOOTSTRAP),
            Bundle.forMainClass("app/own.js", "com.example.Main"),
            Bundle.ofPackages("app/dyn.js", "dyn"));

    private TestSite() {
    }

    /** The findings of the whole test site, formatted, with paths relative to the site folder. */
    static List<String> findings() {
        return format(PageCheck.check(new PageCheckInput(SITE, List.of(CLASSES), BUNDLES)));
    }

    /** {@code findings} formatted, with the site folder's prefix cut from page paths. */
    static List<String> format(List<Finding> findings) {
        String prefix = SITE.toString() + java.io.File.separator;
        return findings.stream().map(Finding::format)
                .map(line -> line.startsWith(prefix) ? line.substring(prefix.length()).replace('\\', '/') : line)
                .collect(Collectors.toList());
    }
}
