package io.github.pekoe.testing.internal;

import io.github.pekoe.testing.Site;
import io.github.pekoe.testing.SiteProvider;
import io.github.pekoe.testing.SiteServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Starts the site every test of a run shares: the one {@link SiteProvider} on the test class path,
 * else a {@link SiteServer} over the directory the system property {@value #DIR_PROPERTY} names,
 * by default {@code target/site}.
 */
final class SuiteSite {

    /** The system property naming the site's directory. */
    static final String DIR_PROPERTY = "pekoe.testing.site";

    private SuiteSite() {
    }

    /** Starts the suite's site; fails with the reason when there are two providers or no directory. */
    static Site start() {
        List<SiteProvider> providers = new ArrayList<>();
        ServiceLoader.load(SiteProvider.class).forEach(providers::add);
        if (providers.size() > 1) {
            throw new IllegalStateException("more than one " + SiteProvider.class.getSimpleName()
                    + " in META-INF/services: " + providers.stream().map(p -> p.getClass().getName()).toList());
        }
        if (providers.size() == 1) {
            return providers.get(0).start();
        }
        String dir = System.getProperty(DIR_PROPERTY);
        return SiteServer.over(Path.of(dir == null || dir.isBlank() ? "target/site" : dir)).start();
    }
}
