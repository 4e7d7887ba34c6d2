package io.github.pekoe;

/**
 * Options of a DOM binding, as {@code addEventListener} takes them:
 * {@code when("click", "#b", new WhenOptions().once().capture(), handler)}. {@code once} removes the
 * binding after its first event, {@code capture} handles the event in the capture phase, and
 * {@code passive} promises never to call {@code preventDefault()}.
 */
public final class WhenOptions {
    private boolean once;
    private boolean capture;
    private boolean passive;

    /** Options with nothing set. */
    public WhenOptions() {
    }

    /** Handles only the first event, then unbinds. */
    public WhenOptions once() {
        once = true;
        return this;
    }

    /** Handles the event in the capture phase. */
    public WhenOptions capture() {
        capture = true;
        return this;
    }

    /** Promises never to call {@code preventDefault()}. */
    public WhenOptions passive() {
        passive = true;
        return this;
    }

    /** Whether the binding is removed after its first event. */
    public boolean isOnce() {
        return once;
    }

    /** Whether the handler runs in the capture phase. */
    public boolean isCapture() {
        return capture;
    }

    /** Whether the handler promises not to prevent the default. */
    public boolean isPassive() {
        return passive;
    }
}
