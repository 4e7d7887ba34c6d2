package io.github.pekoe.testing;

/**
 * Supplies the site of a whole test suite, instead of the default {@link SiteServer} over
 * {@code target/site}: name the implementing class (public, with a public no-argument constructor) in
 * {@code src/test/resources/META-INF/services/io.github.pekoe.testing.SiteProvider}. It is asked once
 * per run, on the first page a test opens, and its site is closed when the run ends.
 */
public interface SiteProvider {

    /** Starts the suite's site. */
    Site start();
}
