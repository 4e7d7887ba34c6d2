package io.github.pekoe.pagecheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What every page's check shares: the site folder, the bundles the build makes by site path, and the
 * name index.
 *
 * @param directory the site folder
 * @param bundles the bundles, by their site paths
 * @param index the registered names
 */
record Site(Path directory, Map<String, Bundle> bundles, NameIndex index) {
    /** Whether the site folder holds a file at site path {@code path}. */
    boolean hasFile(String path) {
        return Files.isRegularFile(directory.resolve(path));
    }
}
