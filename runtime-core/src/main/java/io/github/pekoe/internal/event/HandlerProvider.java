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

    /**
     * Registers this provider's handlers and bindings in the page's catalogue. Reached only through a
     * provider, so a bundle that never makes one carries no catalogue (the compiler keeps an interface
     * call's targets only when an instance reaches it; a static call it keeps even behind a null check).
     */
    default void registerInPage() {
        registerHandlers(HandlerCatalog.shared());
    }
}
