package io.github.pekoe.pagecheck;

import java.util.Set;
import java.util.TreeSet;

/**
 * A bundle the build makes: its path under the site folder ({@code app/hello.js}) and which packages'
 * scripts and handlers it carries.
 *
 * @param path the bundle's path relative to the site folder, with {@code /}
 * @param contents what it carries
 * @param packages the packages it carries, when {@code contents} is {@link Contents#PACKAGES}
 */
public record Bundle(String path, Contents contents, Set<String> packages) {
    /** The main class of bundles that carry every package of the class path. */
    public static final String BOOTSTRAP = "io.github.pekoe.boot.Bootstrap";

    /** What a bundle carries. */
    public enum Contents {
        /** The given packages: a generated {@code PekoePage} entry point. */
        PACKAGES,
        /** Every package of the class path: {@code Bootstrap}. */
        EVERY_PACKAGE,
        /** Not known (a main class of the project's own): names on its pages are not checked. */
        UNKNOWN
    }

    /** Copies the packages and normalises the path (no leading {@code ./} or {@code /}). */
    public Bundle {
        path = SitePaths.normalize(path == null ? "" : path.replace('\\', '/'));
        packages = Set.copyOf(packages == null ? Set.of() : new TreeSet<>(packages));
    }

    /** A bundle that carries the scripts and handlers of {@code packages}. */
    public static Bundle ofPackages(String path, String... packages) {
        return new Bundle(path, Contents.PACKAGES, Set.of(packages));
    }

    /** A bundle whose main class is {@code mainClass}: {@code Bootstrap}, a {@code PekoePage}, or one unknown. */
    public static Bundle forMainClass(String path, String mainClass) {
        String main = mainClass == null ? "" : mainClass.trim();
        if (main.equals(BOOTSTRAP)) {
            return new Bundle(path, Contents.EVERY_PACKAGE, Set.of());
        }
        if (main.equals("PekoePage")) {
            return new Bundle(path, Contents.PACKAGES, Set.of(""));
        }
        if (main.endsWith(".PekoePage")) {
            return new Bundle(path, Contents.PACKAGES, Set.of(main.substring(0, main.length() - ".PekoePage".length())));
        }
        return new Bundle(path, Contents.UNKNOWN, Set.of());
    }

    /** The folder the bundle is written to, relative to the site ("" for the site's root). */
    String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The bundle's file name. */
    String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
