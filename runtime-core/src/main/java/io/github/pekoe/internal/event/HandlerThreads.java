package io.github.pekoe.internal.event;

import io.github.pekoe.SimpleHandler;
import io.github.pekoe.internal.error.ErrorReport;

/**
 * Runs handler code on a TeaVM thread of its own, started at once inside the browser's dispatch:
 * the code runs synchronously until it first blocks, so {@code preventDefault()} before that point
 * takes effect, and a handler that never blocks has finished when the dispatch returns. Pekoe's
 * compiler plugin ({@code io.github.pekoe.teavm.HandlerThreadsPlugin}) writes {@link #runNow}.
 */
public final class HandlerThreads {
    private HandlerThreads() {
    }

    /**
     * Runs {@code call} now on a new TeaVM thread (nested inside a thread that is running, such as a
     * script that calls {@code element.click()}). Exceptions are reported, never thrown, as coming
     * from {@code where} (see {@link ErrorReport#report(Object, Throwable)}).
     */
    public static native void runNow(Object where, SimpleHandler call);

    /** The body of every thread {@link #runNow} starts; called only from the generated code. */
    static void launch(Object where, SimpleHandler call) {
        try {
            call.handle();
        } catch (Throwable e) {
            ErrorReport.report(where, e);
        }
    }
}
