package io.github.pekoe.internal.bundle;

import io.github.pekoe.SimpleHandler;
import io.github.pekoe.ffi.Ffi;
import io.github.pekoe.internal.error.StackText;
import io.github.pekoe.internal.event.HandlerThreads;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.scan.CurrentScript;
import io.github.pekoe.internal.script.ScriptCatalog;
import io.github.pekoe.internal.worker.ExportCatalog;
import io.github.pekoe.worker.WorkerFunction;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The lazy bundle's side: registers the bundle under its name on the global registry (see
 * {@link BundleLoader#REGISTRY}) with its URL, its export and script names and two functions, which
 * run an export or a script on a Java thread of this bundle and answer the loading bundle's callback
 * with {@code {value}} or {@code {error, stack}}.
 */
public final class BundlePublisher {
    private BundlePublisher() {
    }

    /** What the registered {@code call} and {@code run} functions invoke. */
    @JSFunctor
    interface Entry extends JSObject {
        void invoke(String name, JSObject args, String target, JSObject done);
    }

    /**
     * Registers this bundle as {@code name}, loaded from {@code url}.
     *
     * @throws IllegalStateException if another bundle registered that name already
     */
    public static void publish(String name, String url) {
        String problem = BundleLoader.nameProblem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (BundleLoader.registered(BundleLoader.REGISTRY, name) != null) {
            throw new IllegalStateException("the page has two lazy Java bundles named '" + name + "'; this one, from "
                    + url + ", is not registered");
        }
        register(BundleLoader.REGISTRY, name, url, Ffi.toJs(ExportCatalog.shared().names()),
                ScriptCatalog.shared().joinedNames(), (n, a, t, d) -> call(n, a, d), (n, a, t, d) -> run(n, t, d));
    }

    @SuppressWarnings("unchecked")
    private static void call(String name, JSObject args, JSObject done) {
        HandlerThreads.runNow(name, () -> {
            JSObject reply = JsProperties.newObject();
            try {
                WorkerFunction function = ExportCatalog.shared().find(name);
                if (function == null) {
                    throw new IllegalArgumentException("no export '" + name + "'");
                }
                JsProperties.set(reply, "value", Ffi.toJs(function.call((List<@Nullable Object>) Ffi.toJava(args))));
            } catch (Throwable e) {
                fail(reply, e);
            }
            answer(done, reply);
        });
    }

    private static void run(String name, String target, JSObject done) {
        HandlerThreads.runNow(name, () -> {
            JSObject reply = JsProperties.newObject();
            try {
                SimpleHandler body = ScriptCatalog.shared().find(name);
                if (body == null) {
                    throw new IllegalArgumentException("no script '" + name + "'");
                }
                CurrentScript.enterWorker(target);
                body.handle();
            } catch (Throwable e) {
                fail(reply, e);
            }
            answer(done, reply);
        });
    }

    private static void fail(JSObject reply, Throwable e) {
        JsProperties.setString(reply, "error", String.valueOf(e));
        JsProperties.setString(reply, "stack", StackText.of(e));
    }

    @JSBody(params = {"done", "reply"}, script = "done(reply);")
    private static native void answer(JSObject done, JSObject reply);

    @JSBody(params = {"registry", "name", "url", "exports", "scripts", "call", "run"}, script =
            "var r = self[registry] || (self[registry] = {});"
            + " r[name] = {url: url, exports: exports, scripts: scripts ? scripts.split(', ') : [], call: call, run: run};")
    private static native void register(String registry, String name, String url, JSObject exports, String scripts,
            Entry call, Entry run);
}
