package io.github.pekoe.internal.worker;

/**
 * Adds {@code @Export} methods to the {@link ExportCatalog}. The annotation processor generates one
 * per package with such methods.
 */
public interface ExportProvider {
    /** Registers this provider's exports. */
    void registerExports(ExportCatalog catalog);
}
