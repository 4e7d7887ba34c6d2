package io.github.pekoe.pagecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What one package registers, read from its name index: a mutable collector for {@link NameIndex}. */
final class PackageNames {
    /** The name a code registration records when its name is not a constant. */
    static final String ANY = "*";

    final String pkg;
    final Set<String> scripts = new TreeSet<>();
    final Set<String> handlers = new TreeSet<>();
    final Set<String> codeScripts = new TreeSet<>();
    final Set<String> codeHandlers = new TreeSet<>();
    final List<WhenBinding> whens = new ArrayList<>();
    boolean toml;
    boolean jsModules;

    PackageNames(String pkg) {
        this.pkg = pkg;
    }
}
