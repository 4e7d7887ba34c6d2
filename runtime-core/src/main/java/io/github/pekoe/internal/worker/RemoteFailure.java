package io.github.pekoe.internal.worker;

import io.github.pekoe.worker.WorkerException;

/**
 * What the other thread threw, as it reported it: the class, message, frames and causes, so that a
 * banner or a log of the local exception shows where the failure really happened.
 */
final class RemoteFailure extends RuntimeException {
    private final String report;
    private final String type;
    private final String remoteMessage;

    RemoteFailure(String report, String type, String remoteMessage) {
        super(report, null, false, false);
        this.report = report.endsWith("\n") ? report.substring(0, report.length() - 1) : report;
        this.type = type;
        this.remoteMessage = remoteMessage;
    }

    /**
     * What Pekoe's own calls throw when the page refused: the same {@code IllegalArgumentException} or
     * {@code IllegalStateException} with the same message, as on the main thread; else {@code failure}.
     */
    static RuntimeException rethrown(WorkerException failure) {
        if (failure.getCause() instanceof RemoteFailure) {
            RemoteFailure remote = (RemoteFailure) failure.getCause();
            if ("java.lang.IllegalArgumentException".equals(remote.type)) {
                return new IllegalArgumentException(remote.remoteMessage, failure);
            }
            if ("java.lang.IllegalStateException".equals(remote.type)) {
                return new IllegalStateException(remote.remoteMessage, failure);
            }
        }
        return failure;
    }

    @Override
    public String toString() {
        return "on the other thread: " + report;
    }
}
