package io.github.pekoe.testing;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One loaded page per lane, shared by the test methods of a class that only read it. Register it
 * with {@code @RegisterExtension static final PagePerLane PAGES = new PagePerLane("/x.html");}:
 * the page loads on first use and waits for {@code java:all-done}; the extension closes it after
 * the class. Tests that click or otherwise change the page open their own instead.
 */
public final class PagePerLane implements AfterAllCallback {
    private final String path;
    private final Map<Lane, BrowserPage> pages = new EnumMap<>(Lane.class);

    /** Pages of {@code path} on the current {@link Site}, such as {@code "/web-page.html"}. */
    public PagePerLane(String path) {
        this.path = path;
    }

    /**
     * The page in {@code lane}, loaded and finished on first use.
     *
     * @throws AssertionError if its scripts showed an error banner or raised a page error
     */
    public synchronized BrowserPage get(Lane lane) {
        BrowserPage page = pages.computeIfAbsent(lane, key -> Lane.finished(key.load(Lane.absolute(path), false)));
        if (!page.banners().isEmpty() || !page.pageErrors().isEmpty()) {
            throw new AssertionError(path + " in " + lane + " has error banners " + page.banners()
                    + " or page errors " + page.pageErrors());
        }
        return page;
    }

    /** Closes every page opened for the class. */
    @Override
    public synchronized void afterAll(ExtensionContext context) {
        for (BrowserPage page : pages.values()) {
            page.close();
        }
        pages.clear();
    }
}
