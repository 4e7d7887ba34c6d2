package io.github.pekoe.bundle;

/** A lazy Java bundle that cannot be loaded, or a call into one that failed; the message names the bundle and its URL. */
public class JavaBundleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with {@code message}. */
    public JavaBundleException(String message) {
        super(message);
    }

    /** An exception with {@code message}, caused by {@code cause}. */
    public JavaBundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
