package io.github.pekoe.storage;

import io.github.pekoe.Pekoe;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;

/**
 * When a backend writes its queued changes on its own: on the next turn of the event loop after a
 * change (once the Java code that made it finishes or blocks), and when the page hides (a worker
 * has no page to hide: there, the next turn only).
 */
final class Flusher {
    /** Made on first use: TeaVM may inline a caller and skip this class's static initializer. */
    private static List<Flusher> all;

    private final Backend backend;
    private boolean scheduled;

    /** Calls {@link Backend#flush} of {@code backend} at those moments from now on. */
    Flusher(Backend backend) {
        this.backend = backend;
        if (all == null) {
            all = new ArrayList<>();
            if (!Pekoe.RUNNING_IN_WORKER) {
                // One listener for both events: each lambda is a class of its own in the bundle.
                EventListener<Event> hiding = event -> flushAll();
                Window.current().addEventListener("pagehide", hiding);
                Window.current().getDocument().addEventListener("visibilitychange", hiding);
            }
        }
        all.add(this);
    }

    /** Asks for a flush on the next turn of the event loop, unless one is already asked for. */
    void soon() {
        if (!scheduled) {
            scheduled = true;
            Window.setTimeout(this::run, 0);
        }
    }

    private void run() {
        scheduled = false;
        backend.flush(false);
    }

    private static void flushAll() {
        for (Flusher flusher : all) {
            flusher.backend.flush(true);
        }
    }
}
