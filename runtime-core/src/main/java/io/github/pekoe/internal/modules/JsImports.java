package io.github.pekoe.internal.modules;

import io.github.pekoe.EventHandler;
import io.github.pekoe.ffi.JsValue;
import io.github.pekoe.internal.event.HandlerThreads;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code jsImport(...)}: ES modules imported on demand, all started at once, returned in order. */
public final class JsImports {
    private JsImports() {
    }

    /**
     * Imports every URL, blocking the calling Java thread until all are in; returns their modules in
     * the order asked.
     *
     * @throws io.github.pekoe.ffi.JsException naming the URL if one cannot be loaded or throws while
     *     evaluating
     * @throws IllegalArgumentException if a URL is null or not valid
     * @throws IllegalStateException if the calling code runs outside a Java thread
     */
    public static List<JsValue> importAll(String... urls) {
        ModuleImport[] started = start(urls);
        List<JsValue> modules = new ArrayList<>(started.length);
        for (ModuleImport one : started) {
            modules.add(one.module("jsImport(\"" + one.url() + "\")"));
        }
        return Collections.unmodifiableList(modules);
    }

    /**
     * Imports every URL without blocking, then calls {@code then} with their modules on a Java thread
     * of its own; a failure is reported on the page (with the URL) and {@code then} is not called.
     *
     * @throws IllegalArgumentException if a URL is null or not valid, or {@code then} is null
     */
    public static void importAll(List<String> urls, EventHandler<List<JsValue>> then) {
        if (urls == null || then == null) {
            throw new IllegalArgumentException("jsImport(urls, then): " + (urls == null ? "the URL list" : "the callback")
                    + " is null");
        }
        ModuleImport[] started = start(urls.toArray(new String[0]));
        Runnable[] next = new Runnable[1];
        int[] waiting = {started.length};
        next[0] = () -> {
            if (--waiting[0] > 0) {
                return;
            }
            HandlerThreads.runNow("the callback of jsImport(" + urls + ")", () -> {
                List<JsValue> modules = new ArrayList<>(started.length);
                for (ModuleImport one : started) {
                    modules.add(one.result());
                }
                then.handle(Collections.unmodifiableList(modules));
            });
        };
        if (started.length == 0) {
            waiting[0] = 1;
            next[0].run();
            return;
        }
        for (ModuleImport one : started) {
            one.whenSettled(next[0]);
        }
    }

    private static ModuleImport[] start(String[] urls) {
        if (urls == null) {
            throw new IllegalArgumentException("jsImport: the URLs are null");
        }
        ModuleImport[] started = new ModuleImport[urls.length];
        for (int i = 0; i < urls.length; i++) {
            started[i] = ModuleImport.start(urls[i], "jsImport(\"" + urls[i] + "\")");
        }
        return started;
    }
}
