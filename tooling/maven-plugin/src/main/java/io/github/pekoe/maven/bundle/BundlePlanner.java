package io.github.pekoe.maven.bundle;

import io.github.pekoe.maven.Bundle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the {@code <bundles>} a pom lists into the bundles the build makes: none listed is one bundle,
 * {@code pekoe.js}, from {@code Bootstrap} (every script and handler of the class path); each one listed
 * is {@code NAME.js} from its package's generated {@code PekoePage}. A bad list is an
 * {@link IllegalArgumentException} that names the entry and what is wrong with it.
 */
public final class BundlePlanner {
    /** The entry point of a bundle that carries every package. */
    public static final String BOOTSTRAP = "io.github.pekoe.boot.Bootstrap";
    /** The name of the one bundle made when none is listed. */
    public static final String DEFAULT_NAME = "pekoe";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern PACKAGE = Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
            + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    private BundlePlanner() {
    }

    /** The bundles to make for {@code listed} (null or empty: the one {@code Bootstrap} bundle). */
    public static List<PlannedBundle> plan(List<Bundle> listed) {
        if (listed == null || listed.isEmpty()) {
            return List.of(new PlannedBundle(DEFAULT_NAME, BOOTSTRAP));
        }
        List<PlannedBundle> planned = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < listed.size(); i++) {
            Bundle bundle = listed.get(i);
            String where = "<bundles> entry " + (i + 1) + " " + bundle;
            String name = trimmed(bundle.getName());
            String pkg = trimmed(bundle.getPackage());
            if (name.isEmpty()) {
                throw new IllegalArgumentException(where + " has no <name> (the bundle's file name without .js)");
            }
            if (!NAME.matcher(name).matches() || name.endsWith(".js")) {
                throw new IllegalArgumentException(where + ": <name> '" + name
                        + "' must be a file name without .js (letters, digits, '.', '_', '-')");
            }
            if (pkg.isEmpty()) {
                throw new IllegalArgumentException(where + " has no <package> (the page package whose scripts it carries)");
            }
            if (!PACKAGE.matcher(pkg).matches()) {
                throw new IllegalArgumentException(where + ": <package> '" + pkg + "' is not a Java package name");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException(where + ": another bundle is already named '" + name + "'");
            }
            planned.add(new PlannedBundle(name, pkg + ".PekoePage"));
        }
        return List.copyOf(planned);
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }
}
