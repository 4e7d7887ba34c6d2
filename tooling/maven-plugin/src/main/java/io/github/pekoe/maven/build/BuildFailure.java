package io.github.pekoe.maven.build;

/** A build that must fail; the message says what is wrong and what to do. */
public final class BuildFailure extends Exception {
    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}, caused by {@code cause} (or null). */
    public BuildFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
