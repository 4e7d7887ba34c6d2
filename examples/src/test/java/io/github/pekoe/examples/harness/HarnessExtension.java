package io.github.pekoe.examples.harness;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Hands the {@link SharedResources} to JUnit's root store, so they close when the whole test run
 * ends. {@link BothLanes} and {@link ChromiumOnly} register it; other tests may add it with
 * {@code @ExtendWith(HarnessExtension.class)}.
 */
public final class HarnessExtension implements BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HarnessExtension.class);

    /** Registers the shared resources in the root store (once per run). */
    @Override
    public void beforeEach(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedResources.class, key -> SharedResources.get(), SharedResources.class);
    }
}
