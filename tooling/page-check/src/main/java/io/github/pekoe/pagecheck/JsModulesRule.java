package io.github.pekoe.pagecheck;

import io.github.pekoe.pagecheck.ConfigSources.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@link Rule#JS_MODULES_UNUSED}: the page's config lists {@code js_modules}, but none of the page's
 * bundles imports them, so the modules would silently never load. A bundle imports them when it is a
 * package's {@code PekoePage} and the package's code calls {@code jsModules(...)} (the name index says
 * {@code js-modules}); a bundle built from {@code Bootstrap} never does. The config is read inline, or
 * from the site's file that {@code <java-config src>} or a {@code config} URL names (a URL outside the
 * site, or a file the site lacks, is not checked); the finding points at the {@code js_modules} key.
 * Pages whose bundles are not known are not checked.
 */
final class JsModulesRule implements PageRule {
    private static final String KEY = "js_modules";

    @Override
    public void check(Page page, PageBundles bundles, Site site) {
        List<Source> sources = ConfigSources.of(page);
        if (bundles.registered == null || bundles.registered.loadsJsModules() || sources.isEmpty()) {
            return;
        }
        Source source = sources.get(0);
        boolean toml = bundles.registered.readsToml();
        if (!source.url() && (source.attribute() == null || ConfigSources.attributeIsInline(source.value(), toml))) {
            String text = source.value();
            int offset = ConfigSources.readsAsJson(source, toml) ? JsonSyntax.keyOffset(text, KEY)
                    : TomlKeys.offset(text, KEY);
            if (offset < 0) {
                return;
            }
            String message = message(source.origin(), bundles);
            if (source.attribute() != null) {
                page.reportInValue(Rule.JS_MODULES_UNUSED, source.element(), source.attribute(), offset, message);
            } else {
                page.reportInText(Rule.JS_MODULES_UNUSED, source.element(), text, offset, message);
            }
            return;
        }
        String path = page.resolve(source.value());
        if (path == null || !site.hasFile(path)) {
            return;
        }
        Path file = site.directory().resolve(path);
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            page.report(Rule.INPUT, source.element(), "cannot read the config file " + path + ": " + e.getMessage());
            return;
        }
        String name = path.toLowerCase(Locale.ROOT);
        int offset = name.endsWith(".toml") ? TomlKeys.offset(text, KEY) : JsonSyntax.keyOffset(text, KEY);
        if (offset >= 0) {
            page.reportInFile(Rule.JS_MODULES_UNUSED, source.element(), file.toString(), text, offset,
                    message(path + " (the config of " + page.path + ", from " + source.origin() + ")", bundles));
        }
    }

    private static String packages(Bundle bundle) {
        StringBuilder names = new StringBuilder();
        for (String pkg : bundle.packages()) {
            names.append(names.length() == 0 ? "" : ", ").append(pkg.isEmpty() ? "the unnamed package" : pkg);
        }
        return names.toString();
    }

    /** What is wrong and how to fix it, naming the config and each bundle of the page. */
    private static String message(String config, PageBundles bundles) {
        StringBuilder why = new StringBuilder();
        boolean onlyBootstrap = true;
        for (Bundle bundle : bundles.loaded) {
            boolean bootstrap = bundle.contents() == Bundle.Contents.EVERY_PACKAGE;
            onlyBootstrap &= bootstrap;
            why.append(why.length() == 0 ? "" : "; ").append(bundle.path()).append(bootstrap
                    ? " is built from Bootstrap, which imports no js_modules"
                    : " is the PekoePage of " + packages(bundle) + ", whose code never calls jsModules(...)");
        }
        String fix = onlyBootstrap ? "build the page's bundle from its package's PekoePage and call jsModules(\"NAME\")"
                + " in that package, or call Bootstrap.enableJsModules() in a main of your own before Bootstrap.main"
                : "call jsModules(\"NAME\") in the page's package, so that its PekoePage imports them before the"
                + " scripts run";
        return "the config in " + config + " lists js_modules, but this page's bundle imports none of them, so"
                + " they would never load (" + why + "); " + fix + ", or remove js_modules from the config";
    }
}
