package io.github.pekoe.pagecheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the bundles a page loads register, together: the union of their packages' names. */
final class Registered {
    private final Set<String> packages = new TreeSet<>();
    private final Set<String> scripts = new TreeSet<>();
    private final Set<String> handlers = new TreeSet<>();
    private final Set<String> codeScripts = new TreeSet<>();
    private final Set<String> codeHandlers = new TreeSet<>();
    private boolean whens;
    private boolean toml;
    private boolean jsModules;

    /** The names of {@code bundles}, all of whose contents are known. */
    static Registered of(Collection<Bundle> bundles, NameIndex index) {
        Registered registered = new Registered();
        for (Bundle bundle : bundles) {
            if (bundle.contents() == Bundle.Contents.EVERY_PACKAGE) {
                boolean before = registered.jsModules;
                index.packages().values().forEach(registered::add);
                registered.toml = true;
                registered.jsModules = before;   // Bootstrap's main imports no js_modules
            } else {
                for (String pkg : bundle.packages()) {
                    registered.packages.add(pkg);
                    PackageNames names = index.packages().get(pkg);
                    if (names != null) {
                        registered.add(names);
                    }
                }
            }
        }
        return registered;
    }

    private void add(PackageNames names) {
        packages.add(names.pkg);
        scripts.addAll(names.scripts);
        handlers.addAll(names.handlers);
        codeScripts.addAll(names.codeScripts);
        codeHandlers.addAll(names.codeHandlers);
        whens |= !names.whens.isEmpty();
        toml |= names.toml;
        jsModules |= names.jsModules;
    }

    /** Whether {@code pkg}'s registrations are among these. */
    boolean hasPackage(String pkg) {
        return packages.contains(pkg);
    }

    /** Whether a script element may run {@code name}: registered, or perhaps registered in code. */
    boolean mayHaveScript(String name) {
        return scripts.contains(name) || codeScripts.contains(name) || codeScripts.contains(PackageNames.ANY);
    }

    /** Whether an attribute may name {@code name}: registered, or perhaps registered in code. */
    boolean mayHaveHandler(String name) {
        return handlers.contains(name) || codeHandlers.contains(name) || codeHandlers.contains(PackageNames.ANY);
    }

    /** Whether the bundles wire events at all: they register a handler or a {@code @When}, in code or not. */
    boolean wiresEvents() {
        return whens || !handlers.isEmpty() || !codeHandlers.isEmpty();
    }

    /** Whether the bundles read TOML config as well as JSON. */
    boolean readsToml() {
        return toml;
    }

    /**
     * Whether the bundles import the config's {@code js_modules}: a {@code PekoePage} bundle whose
     * package calls {@code jsModules(...)}; never a bundle built from {@code Bootstrap}.
     */
    boolean loadsJsModules() {
        return jsModules;
    }

    /** The script names, sorted, as the runtime lists them: "none (...)" when there are none. */
    String scriptList() {
        List<String> names = known(scripts, codeScripts);
        return names.isEmpty() ? "none (is Pekoe's annotation processor on the compile path?)" : String.join(", ", names);
    }

    /** The handler names, sorted, as the runtime lists them: "none" when there are none. */
    String handlerList() {
        List<String> names = known(handlers, codeHandlers);
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static List<String> known(Set<String> annotated, Set<String> inCode) {
        Set<String> all = new TreeSet<>(annotated);
        inCode.stream().filter(name -> !name.equals(PackageNames.ANY)).forEach(all::add);
        return new ArrayList<>(all);
    }
}
