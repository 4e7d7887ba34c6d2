package io.github.pekoe.internal.modules;

import io.github.pekoe.ffi.JsException;
import io.github.pekoe.ffi.JsValue;
import io.github.pekoe.internal.js.PageUrls;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * One dynamic {@code import()} under way: started at once, awaited by a Java thread. The browser
 * loads and evaluates a module once per URL, so importing a URL again gives the same module object.
 */
public final class ModuleImport {
    private static final String NOT_ON_A_THREAD = " must wait for the module, and this code cannot wait: it"
            + " runs outside a Java thread (in a DOM event listener or a callback). Use"
            + " jsImport(urls, modules -> ...), or start a thread: new Thread(() -> ...).start()";

    private final String url;
    private final String name;
    private JSObject module;
    private String failure;
    private JsValue thrown;
    private boolean settled;
    private Runnable waiter;

    private ModuleImport(String url, String name) {
        this.url = url;
        this.name = name;
    }

    /** Called when the import settles. */
    @JSFunctor
    interface Done extends JSObject {
        void done(JSObject module);
    }

    /** Called with what the import threw and its text. */
    @JSFunctor
    interface Failed extends JSObject {
        void failed(JSObject error, String text);
    }

    /**
     * Starts importing {@code url}, resolved against the page (a worker's page too); its module will
     * be called {@code name} in messages.
     *
     * @throws IllegalArgumentException if {@code url} is null or not a valid URL
     */
    public static ModuleImport start(String url, String name) {
        if (url == null) {
            throw new IllegalArgumentException(name + ": the module URL is null");
        }
        String absolute = PageUrls.absolute(url);
        if (absolute == null) {
            throw new IllegalArgumentException(name + ": '" + url + "' is not a valid URL");
        }
        ModuleImport started = new ModuleImport(url, name);
        load(absolute, module -> started.settle(module, null, null), (error, text) -> started.settle(null,
                text, JsValue.named(name + " error", error)));
        return started;
    }

    /** The URL as it was asked for. */
    public String url() {
        return url;
    }

    /** Why the import failed, as the browser said it; null if it has not failed. */
    public String failure() {
        return failure;
    }

    /** Calls {@code then} once the import has settled (at once if it has). */
    public void whenSettled(Runnable then) {
        if (settled) {
            then.run();
        } else {
            Runnable before = waiter;
            waiter = before == null ? then : () -> {
                before.run();
                then.run();
            };
        }
    }

    /**
     * The module's namespace object, as a dynamic value called {@code name}; blocks the calling Java
     * thread until it is in. {@code call} names the Java call in the message when it cannot wait.
     *
     * @throws JsException naming the URL if the module could not be loaded or threw while evaluating
     * @throws IllegalStateException if the calling code runs outside a Java thread
     */
    public JsValue module(String call) {
        if (!settled) {
            try {
                await(this);
            } catch (RuntimeException e) {
                throw new IllegalStateException(call + NOT_ON_A_THREAD, e);
            }
        }
        return result();
    }

    /**
     * The settled result, without waiting.
     *
     * @throws JsException naming the URL if the import failed
     */
    public JsValue result() {
        if (failure != null) {
            throw new JsException("could not import the JavaScript module '" + url + "': " + failure, thrown);
        }
        return JsValue.named(name, module);
    }

    private void settle(JSObject module, String failure, JsValue thrown) {
        this.module = module;
        this.failure = failure;
        this.thrown = thrown;
        settled = true;
        Runnable woken = waiter;
        waiter = null;
        if (woken != null) {
            woken.run();
        }
    }

    @Async
    private static native Boolean await(ModuleImport started);

    private static void await(ModuleImport started, AsyncCallback<Boolean> callback) {
        try {
            started.whenSettled(() -> callback.complete(Boolean.TRUE));
        } catch (Throwable e) {
            callback.error(e);
        }
    }

    @JSBody(params = {"url", "done", "failed"}, script = "var p;"
            + " try { p = import(url); } catch (e) { p = Promise.reject(e); }"
            + " p.then(done, function (e) { var t; try { t = e instanceof Error ? e.name + ': ' + e.message"
            + " : String(e); } catch (x) { t = 'a value that has no text'; } failed(e, t); });")
    private static native void load(String url, Done done, Failed failed);
}
