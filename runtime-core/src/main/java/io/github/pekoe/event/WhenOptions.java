package io.github.pekoe.event;

/**
 * Options of a DOM binding, as {@code addEventListener} takes them: {@code once} (removed after the
 * first event), {@code capture} and {@code passive} (the handler promises not to prevent the default).
 * Immutable: {@code WhenOptions.once().capture()}.
 */
public final class WhenOptions {
    private static final WhenOptions NONE = new WhenOptions(false, false, false);

    private final boolean once;
    private final boolean capture;
    private final boolean passive;

    private WhenOptions(boolean once, boolean capture, boolean passive) {
        this.once = once;
        this.capture = capture;
        this.passive = passive;
    }

    /** No options. */
    public static WhenOptions none() {
        return NONE;
    }

    /** Handle only the first event, then unbind. */
    public static WhenOptions once() {
        return NONE.andOnce();
    }

    /** Handle the event in the capture phase. */
    public static WhenOptions capture() {
        return NONE.andCapture();
    }

    /** Promise never to call {@code preventDefault()}. */
    public static WhenOptions passive() {
        return NONE.andPassive();
    }

    /** These options plus {@code once}. */
    public WhenOptions andOnce() {
        return new WhenOptions(true, capture, passive);
    }

    /** These options plus {@code capture}. */
    public WhenOptions andCapture() {
        return new WhenOptions(once, true, passive);
    }

    /** These options plus {@code passive}. */
    public WhenOptions andPassive() {
        return new WhenOptions(once, capture, true);
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
