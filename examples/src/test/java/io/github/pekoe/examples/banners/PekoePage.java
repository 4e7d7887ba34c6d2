package io.github.pekoe.examples.banners;

import io.github.pekoe.boot.Bootstrap;

/**
 * The entry of the test bundles {@code pekoe-banners.js} and {@code pekoe-banners-dev.js}, written by
 * hand as the processor writes a package's entry, so that the handlers and {@code @When} bindings it
 * registers stay out of the other test bundles.
 */
public final class PekoePage {
    private PekoePage() {
    }

    /** Registers the fixtures and starts the page (or the worker). */
    public static void main(String[] args) {
        Bootstrap.enableWorkers();
        Bootstrap.start(args, BannerFixtures::registerScripts, BannerFixtures::registerHandlers);
    }
}
