package io.github.pekoe.internal.lifecycle;

import io.github.pekoe.bridge.Events;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.EventTarget;

/** The names of Pekoe's life-cycle events and their dispatch. */
public final class Lifecycle {
    /** Dispatched on a script element just before its Java code runs. */
    public static final String READY = "java:ready";
    /** Dispatched on a script element when its Java code has finished, also after an exception. */
    public static final String DONE = "java:done";
    /** Dispatched on the window once every script present at start has finished. */
    public static final String ALL_DONE = "java:all-done";

    private Lifecycle() {
    }

    /** Dispatches {@link #READY} on {@code element}. */
    public static void ready(EventTarget element) {
        Events.dispatch(element, READY);
    }

    /** Dispatches {@link #DONE} on {@code element}. */
    public static void done(EventTarget element) {
        Events.dispatch(element, DONE);
    }

    /** Dispatches {@link #ALL_DONE} on the window. */
    public static void allDone() {
        Events.dispatch(Window.current(), ALL_DONE);
    }
}
