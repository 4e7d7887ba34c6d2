package io.github.pekoe.fetch;

import java.util.ArrayList;
import java.util.List;

/**
 * Cancels fetches (the browser's {@code AbortController}): pass it with
 * {@link FetchOptions#signal(AbortHandle)}, then call {@link #abort()} from any script, handler or
 * callback. Every fetch under way with this handle fails with {@link FetchException.Reason#ABORTED},
 * and so does every later fetch that names it. An aborted handle stays aborted.
 */
public final class AbortHandle {
    private final List<Fetch> inFlight = new ArrayList<>();
    private boolean aborted;

    /** Creates a handle that has not been aborted. */
    public AbortHandle() {
    }

    /** Aborts the fetches under way with this handle and any later one; a second call does nothing. */
    public void abort() {
        if (!aborted) {
            aborted = true;
            List<Fetch> fetches = new ArrayList<>(inFlight);
            inFlight.clear();
            for (Fetch fetch : fetches) {
                fetch.cancel(FetchException.Reason.ABORTED, "aborted");
            }
        }
    }

    /** Tells whether {@link #abort()} was called. */
    public boolean isAborted() {
        return aborted;
    }

    void add(Fetch fetch) {
        inFlight.add(fetch);
    }

    void remove(Fetch fetch) {
        inFlight.remove(fetch);
    }
}
