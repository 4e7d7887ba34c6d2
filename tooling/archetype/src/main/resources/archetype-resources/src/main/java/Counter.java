package ${package};

import static io.github.pekoe.storage.Storage.storage;
import static io.github.pekoe.web.Web.page;

import io.github.pekoe.Handler;
import io.github.pekoe.Script;
import io.github.pekoe.storage.Storage;

/**
 * The page's script: counts clicks on the button and keeps the count in the browser's storage, so it
 * survives a reload. {@code <script type="java" src="counter">} runs {@link #main} once the page is
 * parsed; each {@code py-click} attribute names one of the {@link Handler} methods below.
 */
@Script("counter")
public class Counter {
    /** The browser store (IndexedDB) that keeps the count, opened by {@link #main}. */
    private static Storage store;

    /** Opens the store (blocking until it is loaded) and shows the count it holds. */
    public static void main(String[] args) {
        store = storage("clicks");
        show();
    }

    /** Named by {@code py-click="addOne"}: one more click, kept on disk before it shows. */
    @Handler
    public static void addOne() {
        save(count() + 1);
    }

    /** Named by {@code py-click="reset"}: back to zero. */
    @Handler
    public static void reset() {
        save(0);
    }

    /** The stored count; whole numbers come back from storage as {@code Long}. */
    private static long count() {
        return ((Number) store.getOrDefault("count", 0L)).longValue();
    }

    private static void save(long count) {
        store.put("count", count);
        store.sync();
        show();
    }

    private static void show() {
        page.get("count").text(String.valueOf(count()));
    }
}
