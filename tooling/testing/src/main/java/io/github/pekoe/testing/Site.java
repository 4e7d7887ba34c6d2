package io.github.pekoe.testing;

import io.github.pekoe.testing.internal.Sites;

/**
 * A web site the lanes open pages on: {@link Lane#open(String)} turns a path such as
 * {@code "/index.html"} into this site's absolute URL. By default the site is a {@link SiteServer} over
 * {@code target/site} (the system property {@code pekoe.testing.site} names another directory), shared
 * by every test of the run; a test class registers its own {@link SiteServer} for extra routes or
 * headers, and a test suite supplies one for all its classes through a {@link SiteProvider}.
 */
public interface Site extends AutoCloseable {

    /** The absolute URL of {@code path} on this site, e.g. {@code http://127.0.0.1:41234/index.html}. */
    String url(String path);

    /** Stops serving. */
    @Override
    void close();

    /**
     * The site the lanes use now: the current test class's registered {@link SiteServer}, else the
     * suite's site, started on first use.
     *
     * @throws IllegalStateException when the suite's site cannot start (e.g. its directory was not built)
     */
    static Site current() {
        return Sites.current();
    }
}
