package io.github.pekoe.internal.bundle;

import io.github.pekoe.Pekoe;
import io.github.pekoe.bundle.JavaBundleException;
import io.github.pekoe.ffi.Ffi;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JsPrimitives;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.TrustedValues;
import io.github.pekoe.internal.worker.WorkerSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.interop.Async;
import org.teavm.interop.AsyncCallback;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The loading bundle's side of lazy Java bundles: appends a lazy bundle's {@code <script src>} once
 * (its URL through the Trusted Types policy), blocks the calling Java thread until it has loaded and
 * registered itself on the global {@value #REGISTRY}, and calls its exports and scripts, waiting for
 * their answer. Reachable only from {@code JavaBundle}, so other bundles carry none of it.
 */
public final class BundleLoader {
    /** The global object's property where lazy bundles register themselves by name. */
    public static final String REGISTRY = "__pekoeBundles";

    private static final Map<String, List<AsyncCallback<JSObject>>> LOADING = new HashMap<>();

    private BundleLoader() {
    }

    /** Called when the appended script has loaded ({@code ok}) or failed, with its absolute URL. */
    @JSFunctor
    interface Loaded extends JSObject {
        void loaded(boolean ok, String src);
    }

    /** Called with the lazy bundle's reply: {@code {value}} or {@code {error, stack}}. */
    @JSFunctor
    interface Replied extends JSObject {
        void replied(JSObject reply);
    }

    /**
     * The registry entry of the lazy bundle {@code name}, loading it from {@code url} (or from
     * {@code NAME.js} next to the running bundle when null) unless it is on the page already; loads
     * started while another is under way wait for that one.
     */
    public static JSObject load(String name, @Nullable String url) {
        String problem = nameProblem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (Pekoe.RUNNING_IN_WORKER) {
            throw new JavaBundleException("javaImport(\"" + name + "\") loads a lazy Java bundle into the page and"
                    + " runs on the page's main thread only; this code runs in a worker");
        }
        JSObject entry = registered(REGISTRY, name);
        if (entry != null) {
            return entry;
        }
        return await(name, url != null ? url : conventional(name));
    }

    /** {@code NAME.js} in the directory of the running bundle. */
    private static String conventional(String name) {
        String own = WorkerSupport.bundleUrl();
        if (own == null) {
            throw new JavaBundleException("cannot find Java bundle '" + name + "': the URL of the page's own bundle"
                    + " is unknown, so give the lazy bundle's: javaImport(\"" + name + "\", \"app/" + name + ".js\")");
        }
        int end = own.length();
        for (int i = 0; i < own.length(); i++) {
            char c = own.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        return own.substring(0, own.lastIndexOf('/', end - 1) + 1) + name + ".js";
    }

    /** Why {@code name} cannot name a lazy bundle, or null. */
    static @Nullable String nameProblem(@Nullable String name) {
        if (name == null || name.isEmpty()) {
            return "javaImport(name): the bundle name is empty";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.')) {
                return "javaImport(\"" + name + "\"): a bundle name has letters, digits, '-', '_' and '.', not '"
                        + c + "'";
            }
        }
        return null;
    }

    @Async
    private static native JSObject await(String name, String url);

    private static void await(String name, String url, AsyncCallback<JSObject> callback) {
        List<AsyncCallback<JSObject>> waiting = LOADING.get(name);
        if (waiting != null) {
            waiting.add(callback);
            return;
        }
        waiting = new ArrayList<>();
        waiting.add(callback);
        LOADING.put(name, waiting);
        JSObject refused;
        try {
            refused = append(TrustedValues.scriptUrl(url), (ok, src) -> settle(name, ok ? null : src, src));
        } catch (RuntimeException e) {
            refused = JsPrimitives.of(String.valueOf(e.getMessage()));
        }
        if (refused != null) {
            settle(name, url + ": " + JsPrimitives.text(refused), url);
        }
    }

    /** Completes every load of {@code name} waiting: with its entry, or with why it failed (null: loaded). */
    private static void settle(String name, @Nullable String failed, String src) {
        List<AsyncCallback<JSObject>> waiting = LOADING.remove(name);
        if (waiting == null) {
            return;
        }
        JSObject entry = failed == null ? registered(REGISTRY, name) : null;
        JavaBundleException failure = null;
        if (failed != null) {
            failure = new JavaBundleException("cannot load Java bundle '" + name + "' from " + failed
                    + ": the script did not load (is it built there, and allowed by the page's script-src?)");
        } else if (entry == null) {
            String names = registeredNames(REGISTRY);
            failure = new JavaBundleException("the script " + src + " loaded, but it is no lazy Java bundle named '"
                    + name + "' (lazy bundles on the page: " + (names.isEmpty() ? "none" : names)
                    + "); build it from the PekoePage of a package marked @LazyBundle(\"" + name + "\")");
        }
        String own = entry == null ? null : JsProperties.getString(entry, "url");
        if (entry != null && (own == null || own.isEmpty())) {
            JsProperties.setString(entry, "url", src);
        }
        for (AsyncCallback<JSObject> callback : waiting) {
            if (failure == null) {
                callback.complete(entry);
            } else {
                callback.error(failure);
            }
        }
    }

    /** The absolute URL the bundle of {@code entry} was loaded from. */
    public static String url(JSObject entry) {
        return JsProperties.getString(entry, "url");
    }

    /** The names listed under {@code key} ({@code exports}, {@code scripts}) of {@code entry}. */
    public static List<String> names(JSObject entry, String key) {
        JSObject array = JsProperties.get(entry, key);
        int length = ArrayLike.length(array);
        List<String> names = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            names.add(item(array, i));
        }
        return names;
    }

    /**
     * Calls {@code entry[kind](name, args, target)} in the lazy bundle ({@code kind} is {@code call} or
     * {@code run}) and returns the Java form of its result, blocking until it answers.
     *
     * @throws JavaBundleException with the bundle's message and stack when the call failed there
     */
    public static @Nullable Object call(String what, JSObject entry, String kind, String name,
            List<@Nullable Object> args, @Nullable String target) {
        JSObject reply = invoke(entry, kind, name, Ffi.toJs(args), target == null ? "" : target);
        String error = JsProperties.getString(reply, "error");
        if (error != null) {
            String stack = JsProperties.getString(reply, "stack");
            throw new JavaBundleException(what + ": " + (kind.equals("run") ? "script '" : "export '") + name
                    + "' failed: " + error, new JavaBundleException("in the bundle: " + (stack == null ? error : stack)));
        }
        return Ffi.toJava(JsProperties.get(reply, "value"));
    }

    @Async
    private static native JSObject invoke(JSObject entry, String kind, String name, JSObject args, String target);

    private static void invoke(JSObject entry, String kind, String name, JSObject args, String target,
            AsyncCallback<JSObject> callback) {
        start(entry, kind, name, args, target, callback::complete);
    }

    /** Calls the entry in a later task and delivers its reply in a later task too, so neither runtime nests in the other. */
    @JSBody(params = {"e", "k", "n", "a", "t", "d"}, script = "Promise.resolve().then(function () {"
            + " var back = function (r) { Promise.resolve().then(function () { d(r); }); };"
            + " try { e[k](n, a, t, back); } catch (x) { back({error: String(x), stack: String(x && x.stack)}); } });")
    private static native void start(JSObject entry, String kind, String name, JSObject args, String target,
            Replied done);

    /** Appends {@code <script async src=url>}; returns the browser's message when it refuses the URL, else null. */
    @JSBody(params = {"url", "done"}, script = "var s = document.createElement('script'); s.async = true;"
            + " s.onload = function () { done(true, s.src); };"
            + " s.onerror = function () { if (s.parentNode) { s.parentNode.removeChild(s); } done(false, s.src); };"
            + " try { s.src = url; } catch (e) { return String(e.message); }"
            + " (document.head || document.documentElement).appendChild(s); return null;")
    private static native @Nullable JSObject append(JSObject url, Loaded done);

    /** The entry {@code self[registry][name]}, or null. */
    @JSBody(params = {"registry", "name"}, script = "var r = self[registry];"
            + " return r && Object.prototype.hasOwnProperty.call(r, name) ? r[name] : null;")
    static native @Nullable JSObject registered(String registry, String name);

    @JSBody(params = "registry", script = "return Object.keys(self[registry] || {}).join(', ');")
    private static native String registeredNames(String registry);

    @JSBody(params = {"array", "i"}, script = "return String(array[i]);")
    private static native String item(JSObject array, int i);
}
