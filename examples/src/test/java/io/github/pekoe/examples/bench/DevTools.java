package io.github.pekoe.examples.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;

/** What the soak asks the browser through the Chrome DevTools Protocol: the heap after GC, and listener counts. */
final class DevTools {

    private final CDPSession cdp;

    /** A DevTools session on {@code page}. */
    DevTools(Page page) {
        cdp = page.context().newCDPSession(page);
    }

    /** The bytes the JavaScript heap uses after two full garbage collections. */
    double heapAfterGc() {
        cdp.send("HeapProfiler.collectGarbage");
        cdp.send("HeapProfiler.collectGarbage");
        return cdp.send("Runtime.getHeapUsage").get("usedSize").getAsDouble();
    }

    /** How many event listeners the object {@code expression} evaluates to in the page has. */
    int listeners(String expression) {
        JsonObject evaluate = new JsonObject();
        evaluate.addProperty("expression", expression);
        JsonObject result = cdp.send("Runtime.evaluate", evaluate).getAsJsonObject("result");
        if (!result.has("objectId")) {
            throw new IllegalStateException(expression + " is not an object in the page: " + result);
        }
        JsonObject object = new JsonObject();
        object.addProperty("objectId", result.get("objectId").getAsString());
        int count = cdp.send("DOMDebugger.getEventListeners", object).getAsJsonArray("listeners").size();
        cdp.send("Runtime.releaseObject", object);
        return count;
    }
}
