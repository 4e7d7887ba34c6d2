package io.github.pekoe.internal.display;

/**
 * What every representation interface of {@code io.github.pekoe.display} extends: {@code display()}
 * reaches the representation rules only through this default method, so a bundle whose classes
 * offer no representation carries none of those rules.
 */
public interface Representable {
    /** How {@code display()} shows this object, or null for its {@code toString()}; Pekoe's own, not to override. */
    default Rendered pekoeRendered() {
        return MimeRenderer.represent(this);
    }
}
