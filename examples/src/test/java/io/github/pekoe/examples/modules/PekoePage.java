package io.github.pekoe.examples.modules;

import io.github.pekoe.boot.Bootstrap;

/**
 * The entry of the test bundle {@code pekoe-modules.js}, written by hand as the processor writes a
 * package's entry (its name makes the bundle start itself): TOML config, workers and js_modules.
 */
public final class PekoePage {
    private PekoePage() {
    }

    /** Registers the module fixtures and starts the page (or the worker). */
    public static void main(String[] args) {
        Bootstrap.enableToml();
        Bootstrap.enableWorkers();
        Bootstrap.enableJsModules();
        ModuleFixtures.register(args);
        Bootstrap.start(args, catalog -> { }, null);
    }
}
