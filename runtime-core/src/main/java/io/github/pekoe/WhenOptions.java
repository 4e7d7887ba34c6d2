package io.github.pekoe;

/**
 * Options of a DOM binding, as {@code addEventListener} takes them:
 * {@code when("click", "#b", new WhenOptions().once().capture(), handler)}. {@code once} removes the
 * binding after its first event, {@code capture} handles the event in the capture phase, and
 * {@code passive} promises never to call {@code preventDefault()}.
 *
 * <p>{@code preventDefault} and {@code stopPropagation} are declared here, at binding time, and the page
 * applies them to every event of the binding as it dispatches it, before the handler runs. This is the
 * way for a handler that runs in a worker: the browser has finished the dispatch by the time the worker
 * has the event, so calling {@code event.preventDefault()} there throws. On the page the options mean the
 * same, and a handler may still call the event's own methods.
 */
public final class WhenOptions {
    private boolean once;
    private boolean capture;
    private boolean passive;
    private boolean preventDefault;
    private boolean stopPropagation;

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

    /**
     * Promises never to call {@code preventDefault()}.
     *
     * @throws IllegalArgumentException if {@link #preventDefault()} is set
     */
    public WhenOptions passive() {
        if (preventDefault) {
            throw passiveAndPreventDefault();
        }
        passive = true;
        return this;
    }

    /**
     * Prevents each event's default action (a link's navigation, a checkbox's toggle, a form's
     * submission) as the page dispatches it, before the handler runs: the way to prevent it from a
     * handler in a worker.
     *
     * @throws IllegalArgumentException if {@link #passive()} is set, which promises the opposite
     */
    public WhenOptions preventDefault() {
        if (passive) {
            throw passiveAndPreventDefault();
        }
        preventDefault = true;
        return this;
    }

    /**
     * Stops each event's propagation to other elements as the page dispatches it, before the handler
     * runs: the way to stop it from a handler in a worker.
     */
    public WhenOptions stopPropagation() {
        stopPropagation = true;
        return this;
    }

    private static IllegalArgumentException passiveAndPreventDefault() {
        return new IllegalArgumentException("WhenOptions: passive() promises never to prevent the default, and"
                + " preventDefault() prevents it: keep one of them");
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

    /** Whether the page prevents each event's default action as it dispatches it. */
    public boolean isPreventDefault() {
        return preventDefault;
    }

    /** Whether the page stops each event's propagation as it dispatches it. */
    public boolean isStopPropagation() {
        return stopPropagation;
    }
}
