package io.github.pekoe.worker;

/**
 * A call across threads failed: the function threw on the other side (the message names its
 * exception, and the cause carries its stack), it does not exist, the worker was terminated or did
 * not get ready in time, or a value cannot cross.
 */
public class WorkerException extends RuntimeException {
    /** Creates the exception with a message a user can act on. */
    public WorkerException(String message) {
        super(message);
    }

    /** Creates the exception with the other side's failure as its cause. */
    public WorkerException(String message, Throwable cause) {
        super(message, cause);
    }
}
