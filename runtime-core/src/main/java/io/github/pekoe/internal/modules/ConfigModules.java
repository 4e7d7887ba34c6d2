package io.github.pekoe.internal.modules;

import io.github.pekoe.Pekoe;
import io.github.pekoe.ffi.JsException;
import io.github.pekoe.ffi.JsValue;
import io.github.pekoe.internal.config.ConfigException;
import io.github.pekoe.internal.config.ConfigFiles;
import io.github.pekoe.internal.config.PageConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The config's {@code js_modules} (PyScript's shape: {@code js_modules.main} and
 * {@code js_modules.worker}, each a table of module URL: name), imported before any script runs by a
 * loader chained after the config's files. The page imports its {@code main} modules; a worker
 * imports both, so main modules work in workers too and worker modules only there.
 */
public final class ConfigModules implements ConfigFiles.Loader {
    private static final String NOT_ENABLED = "this bundle does not load the config's js_modules: call"
            + " jsModules(...) in the page's package (Pekoe's processor then loads them before scripts run),"
            + " or call Bootstrap.enableJsModules() first";
    private static Map<String, JsValue> modules;
    private static Map<String, String> workerOnly;

    private final ConfigFiles.Loader before;

    private ConfigModules(ConfigFiles.Loader before) {
        this.before = before;
    }

    /** Makes the config's {@code js_modules} load after whatever loader the bundle enabled before. */
    public static void enable() {
        ConfigFiles.enable(new ConfigModules(ConfigFiles.loader()));
    }

    /**
     * The module the config names {@code name}, as a dynamic value called {@code js_modules.NAME}.
     *
     * @throws IllegalStateException if this bundle does not load js_modules, or the module is a
     *     worker module asked for on the main thread
     * @throws IllegalArgumentException if the config names no module {@code name}
     */
    public static JsValue get(String name) {
        if (name == null) {
            throw new IllegalArgumentException("jsModules: the name is null");
        }
        if (modules == null) {
            throw new IllegalStateException("jsModules(\"" + name + "\"): " + NOT_ENABLED);
        }
        JsValue module = modules.get(name);
        if (module != null) {
            return module;
        }
        if (workerOnly.containsKey(name)) {
            throw new IllegalStateException("jsModules(\"" + name + "\"): the module '" + workerOnly.get(name)
                    + "' is listed in js_modules.worker, so it is imported only in workers; list it in"
                    + " js_modules.main to use it on the main thread");
        }
        throw new IllegalArgumentException("jsModules(\"" + name + "\"): the config's js_modules name no module '"
                + name + "'; named: " + (modules.isEmpty() ? "none" : String.join(", ", modules.keySet())));
    }

    @Override
    public void load(String configUrl) {
        if (before != null) {
            before.load(configUrl);
        }
        Map<String, JsValue> loaded = new LinkedHashMap<>();
        Map<String, String> onlyInWorkers = new LinkedHashMap<>();
        Object table = PageConfig.current().get("js_modules");
        if (table != null) {
            if (!(table instanceof Map)) {
                throw new ConfigException("js_modules in the config must be a table with main and worker,"
                        + " each a table of module URL: name");
            }
            Map<?, ?> lists = (Map<?, ?>) table;
            for (Object key : lists.keySet()) {
                if (!"main".equals(key) && !"worker".equals(key)) {
                    throw new ConfigException("js_modules in the config has '" + key + "'; it takes main"
                            + " and worker, each a table of module URL: name");
                }
            }
            Map<String, String> main = entries(lists, "main");
            Map<String, String> worker = entries(lists, "worker");
            if (Pekoe.RUNNING_IN_WORKER) {
                main.putAll(worker);
            } else {
                for (Map.Entry<String, String> entry : worker.entrySet()) {
                    onlyInWorkers.put(entry.getKey(), entry.getValue());
                }
            }
            ModuleImport[] started = new ModuleImport[main.size()];
            String[] names = new String[started.length];
            int i = 0;
            for (Map.Entry<String, String> entry : main.entrySet()) {
                names[i] = entry.getKey();
                try {
                    started[i++] = ModuleImport.start(entry.getValue(), "js_modules." + entry.getKey());
                } catch (IllegalArgumentException e) {
                    throw new ConfigException("could not load '" + entry.getValue() + "' named in the config's"
                            + " js_modules: not a URL");
                }
            }
            for (i = 0; i < started.length; i++) {
                try {
                    loaded.put(names[i], started[i].module("loading the config's js_modules"));
                } catch (JsException e) {
                    throw new ConfigException("could not load the JavaScript module '" + started[i].url()
                            + "' named in the config's js_modules (" + names[i] + "): " + started[i].failure());
                }
            }
        }
        modules = loaded;
        workerOnly = onlyInWorkers;
    }

    /** The entries of {@code js_modules.LIST}, name to URL (a name listed twice keeps its last URL). */
    private static Map<String, String> entries(Map<?, ?> lists, String list) {
        Map<String, String> byName = new LinkedHashMap<>();
        Object value = lists.get(list);
        if (value == null) {
            return byName;
        }
        if (!(value instanceof Map)) {
            throw new ConfigException("js_modules." + list + " in the config must be a table of module URL: name");
        }
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
            if (!(entry.getValue() instanceof String) || ((String) entry.getValue()).isEmpty()) {
                throw new ConfigException("js_modules." + list + " in the config names '" + entry.getKey()
                        + "' with " + (entry.getValue() instanceof String ? "an empty name" : "a value that is not a"
                        + " name") + "; give each module URL a name: \"" + entry.getKey() + "\": \"name\"");
            }
            byName.put((String) entry.getValue(), String.valueOf(entry.getKey()));
        }
        return byName;
    }
}
