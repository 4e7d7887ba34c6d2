package io.github.pekoe.boot;

import io.github.pekoe.Pekoe;
import io.github.pekoe.internal.bundle.BundlePublisher;
import io.github.pekoe.internal.config.ConfigFiles;
import io.github.pekoe.internal.config.ConfigFormat;
import io.github.pekoe.internal.event.HandlerCatalog;
import io.github.pekoe.internal.event.HandlerProvider;
import io.github.pekoe.internal.files.Archives;
import io.github.pekoe.internal.files.PageFiles;
import io.github.pekoe.internal.modules.ConfigModules;
import io.github.pekoe.internal.script.ScriptCatalog;
import io.github.pekoe.internal.script.ScriptProvider;
import io.github.pekoe.internal.webworker.WorkerWeb;
import io.github.pekoe.internal.worker.ExportCatalog;
import io.github.pekoe.internal.worker.ExportProvider;
import io.github.pekoe.internal.worker.WorkerSupport;
import org.jspecify.annotations.Nullable;

/**
 * Pekoe's entry points. {@link #main} ({@code <mainClass>io.github.pekoe.boot.Bootstrap</mainClass>})
 * runs every script, handler and export of the bundle's class path, reads JSON or TOML config and
 * fetches the config's {@code files}, archives too (not {@code js_modules}: see {@link #enableJsModules}); a
 * package's generated {@code PekoePage} calls {@link #start} with only that package's, for one small
 * bundle per page.
 * Pages never call either: the compiled bundle starts itself once the document is parsed (see
 * {@code AutoStartPlugin}), with its own URL as the one argument. In a worker, the same bundle waits
 * for the page to tell it which script to run.
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    /** Runs the page (or the worker) with every registered script, handler and export ({@code META-INF/services}). */
    public static void main(String[] args) {
        ScriptCatalog.addServices();
        HandlerCatalog.addServices();
        ExportCatalog.addServices();
        WorkerSupport.enable();
        enableWorkerWeb();
        enableWorkerEvents();
        enableToml();
        enableFiles();
        enableArchives();
        PageRunner.run(args);
    }

    /**
     * Gives the bundle worker support: a generated {@code PekoePage} calls it first when its package
     * has a worker script or an export. Only bundles that call it carry the support.
     */
    public static void enableWorkers() {
        WorkerSupport.enable();
    }

    /**
     * Lets worker code use the {@code web} API on the page: a generated {@code PekoePage} calls it first
     * when its package's worker scripts or exports use the web API. Only bundles that call it carry the
     * handles, the calls to the page and the page's answers.
     */
    public static void enableWorkerWeb() {
        WorkerWeb.enable();
    }

    /**
     * Lets worker code bind the page's events ({@code when(...)}, {@code on(...)}) with handlers that run
     * in the worker: a generated {@code PekoePage} calls it, after {@link #enableWorkerWeb()}, when its
     * package's worker scripts or exports use the web API and bind events. Only bundles that call it
     * carry the bindings' calls to the page and the page's listeners for them.
     */
    public static void enableWorkerEvents() {
        WorkerWeb.enableEvents();
    }

    /**
     * Lets the page's config be TOML: a generated {@code PekoePage} calls it first when its package
     * says {@code @TomlConfig}. Only bundles that call it carry the TOML reader.
     */
    public static void enableToml() {
        ConfigFormat.readToml();
    }

    /**
     * Lets the page's config list {@code files}, fetched before any script runs and readable through
     * {@code java.io} and {@code java.nio.file}: a generated {@code PekoePage} calls it first when its
     * package says {@code @FilesConfig}. Only bundles that call it carry the loader.
     */
    public static void enableFiles() {
        ConfigFiles.enable(new PageFiles());
    }

    /**
     * Lets the config's {@code files} list {@code .zip}, {@code .whl}, {@code .tar}, {@code .tar.gz}
     * and {@code .tgz} archives, unpacked into a destination ending in {@code /*}: a generated
     * {@code PekoePage} calls it after {@link #enableFiles} when its package says
     * {@code @FilesConfig(archives = true)}. Only bundles that call it carry the archive readers.
     */
    public static void enableArchives() {
        PageFiles.unpackWith(new Archives());
    }

    /**
     * Imports the config's {@code js_modules} before any script runs, for {@code jsModules(name)}: a
     * generated {@code PekoePage} calls it after {@link #enableFiles} when its package calls
     * {@code jsModules}. Only bundles that call it carry the loader; {@link #main} does not, so that its
     * bundles carry no {@code import()}, which older parsers (HtmlUnit's) reject: a bundle built from
     * {@code Bootstrap} that uses {@code jsModules} calls this from its own main before {@link #main}.
     */
    public static void enableJsModules() {
        ConfigModules.enable();
    }

    /**
     * Adds a package's exports: a generated {@code PekoePage} calls it before {@link #start} when its
     * package has {@code @Export} methods, so other bundles carry no export catalogue.
     */
    public static void addExports(ExportProvider exports) {
        exports.registerExports(ExportCatalog.shared());
    }

    /**
     * Starts a lazy bundle named {@code name} (a package marked {@code @LazyBundle}): registers its
     * scripts and exports ({@code exports} may be null) where the page's first bundle finds them with
     * {@code javaImport(name)}, and scans no page. In a worker, the bundle runs the worker's script as
     * any bundle does, so the package's exports serve a worker too.
     */
    public static void startLazy(String[] args, String name, ScriptProvider scripts, @Nullable ExportProvider exports) {
        scripts.registerScripts(ScriptCatalog.shared());
        if (exports != null) {
            exports.registerExports(ExportCatalog.shared());
        }
        if (Pekoe.RUNNING_IN_WORKER) {
            PageRunner.run(args);
            return;
        }
        BundlePublisher.publish(name, args != null && args.length > 0 ? args[0] : "");
    }

    /** Runs the page (or the worker) with the given providers only; {@code handlers} may be null. */
    public static void start(String[] args, ScriptProvider scripts, @Nullable HandlerProvider handlers) {
        scripts.registerScripts(ScriptCatalog.shared());
        if (handlers != null) {
            handlers.registerInPage();
        }
        PageRunner.run(args);
    }
}
