package io.github.pekoe.display;

import io.github.pekoe.internal.display.Representable;
import org.jspecify.annotations.Nullable;

/**
 * An object that offers several representations at once (PyScript's {@code _repr_mimebundle_});
 * {@code display()} uses the first supported MIME type of the bundle, in the bundle's order.
 */
public interface MimeBundleRepr extends Representable {
    /** Returns the bundle, or null to fall back to the other representations. */
    @Nullable MimeBundle reprMimeBundle();
}
