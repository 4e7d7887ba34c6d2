package io.github.pekoe.maven.bundle;

/** A bundle TeaVM could not build; the message names the bundle and why. */
public final class BundleException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}, caused by {@code cause} (null when TeaVM only reported problems). */
    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
