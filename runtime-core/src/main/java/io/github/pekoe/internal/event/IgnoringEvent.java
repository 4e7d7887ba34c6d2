package io.github.pekoe.internal.event;

import io.github.pekoe.SimpleHandler;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.dom.events.Event;

/** A {@link SimpleHandler} bound as an event handler: it runs without the event. */
final class IgnoringEvent implements DomHandler {
    private final SimpleHandler handler;

    /** The event handler that runs {@code handler}. */
    IgnoringEvent(SimpleHandler handler) {
        this.handler = handler;
    }

    @Override
    public void handleDom(@Nullable Event event) throws Exception {
        handler.handle();
    }
}
