package io.github.pekoe.internal.event;

import io.github.pekoe.Handler;
import io.github.pekoe.When;

/**
 * Adds named handlers and start-up bindings to the {@link HandlerCatalog}. The annotation processor
 * generates one per package with {@link Handler} or {@link When} methods.
 */
public interface HandlerProvider {
    /** Registers this provider's handlers and bindings. */
    void registerHandlers(HandlerCatalog catalog);
}
