package io.github.pekoe.event;

/**
 * Adds named handlers and start-up bindings to the {@link HandlerCatalog}. The annotation processor
 * generates one per package with {@link Handler} or {@link When} methods.
 */
public interface HandlerProvider {
    /** Registers this provider's handlers and bindings. */
    void registerHandlers(HandlerCatalog catalog);
}
