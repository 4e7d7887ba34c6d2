package io.github.pekoe.internal.worker;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A function of Pekoe's own that the page offers every worker: unlike a {@code sync} function it is
 * told which worker calls it, and it hears when a worker stops, so it can keep things per worker and
 * drop them then.
 */
public interface WorkerService {
    /** Answers the call {@code args} from {@code caller}. */
    @Nullable Object call(WorkerLink caller, List<@Nullable Object> args) throws Exception;

    /** Drops what it keeps for {@code worker}, which was terminated or failed. */
    void stopped(WorkerLink worker);
}
