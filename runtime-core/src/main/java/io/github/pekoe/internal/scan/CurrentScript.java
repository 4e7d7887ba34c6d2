package io.github.pekoe.internal.scan;

/**
 * The script whose code runs now, so that {@code display()} and {@code currentTarget()} know where
 * output goes. After the last script has run it stays the last script, so later handlers still have
 * a target, as in PyScript.
 */
public final class CurrentScript {
    private static ScriptTag current;
    private static String workerTarget;

    private CurrentScript() {
    }

    /** Makes {@code tag} the running script. */
    public static void enter(ScriptTag tag) {
        current = tag;
    }

    /** Returns the running (or last run) script, or null before any script ran. */
    public static ScriptTag get() {
        return current;
    }

    /** Makes {@code id} the output of a worker's script, which has no element of its own in the worker. */
    public static void enterWorker(String id) {
        workerTarget = id;
    }

    /** Returns the id of the running script's output element, or null before any script ran. */
    public static String targetId() {
        if (workerTarget != null) {
            return workerTarget;
        }
        return current == null || current.target() == null ? null : current.target().getId();
    }
}
