package io.github.pekoe.testing.internal;

import io.github.pekoe.testing.Site;

/** Which site the lanes open paths on: a test class's own server while it runs, else the suite's. */
public final class Sites {

    private static volatile Site classSite;

    private Sites() {
    }

    /** The current test class's site, or the suite's (started on first use). */
    public static Site current() {
        Site site = classSite;
        return site != null ? site : SharedResources.get().site();
    }

    /** Makes {@code site} the site of the running test class; null gives the suite's back. */
    public static void useForClass(Site site) {
        classSite = site;
    }
}
