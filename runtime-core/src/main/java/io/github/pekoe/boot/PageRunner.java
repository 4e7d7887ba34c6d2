package io.github.pekoe.boot;

import io.github.pekoe.Pekoe;
import io.github.pekoe.SimpleHandler;
import io.github.pekoe.internal.config.ConfigFiles;
import io.github.pekoe.internal.config.ConfigSource;
import io.github.pekoe.internal.config.PageConfig;
import io.github.pekoe.internal.config.UrlText;
import io.github.pekoe.internal.error.ErrorReport;
import io.github.pekoe.internal.event.PageEvents;
import io.github.pekoe.internal.lifecycle.Lifecycle;
import io.github.pekoe.internal.scan.CurrentScript;
import io.github.pekoe.internal.scan.OutputTargets;
import io.github.pekoe.internal.scan.ScriptScanner;
import io.github.pekoe.internal.scan.ScriptTag;
import io.github.pekoe.internal.script.ScriptCatalog;
import io.github.pekoe.internal.worker.WorkerSupport;
import org.teavm.jso.dom.html.HTMLDocument;

/**
 * Runs a page: config first, with the files it lists (a bad config or a failing file stops
 * everything, with a banner), then every Java script
 * element in document order, each between its {@code java:ready} and {@code java:done} (a worker's
 * script runs in its worker meanwhile), then the page's events ({@code @When} and
 * {@code py-*}/{@code java-*} attributes), then, once the workers' scripts have finished too,
 * {@code java:all-done}.
 * A failing script is reported and the next one runs.
 */
final class PageRunner {
    private PageRunner() {
    }

    /**
     * Runs the page; in a worker, waits for the page to say which script to run instead.
     * {@code args} holds the bundle's own URL, which the page's workers load.
     */
    static void run(String[] args) {
        if (Pekoe.RUNNING_IN_WORKER) {
            WorkerSupport.runWorker();
            return;
        }
        WorkerSupport.bundle(args != null && args.length > 0 ? args[0] : null);
        HTMLDocument document = HTMLDocument.current();
        ScriptTag[] tags = ScriptScanner.scan(document);
        try {
            configure(document, tags);
        } catch (RuntimeException e) {
            ErrorReport.report(e.getMessage() + " (no Java script runs until the config is fixed)");
            Lifecycle.allDone();
            return;
        }
        PageEvents.beforeScripts(document);
        ScriptCatalog catalog = ScriptCatalog.shared();
        OutputTargets targets = new OutputTargets(document);
        String[] problems = new String[tags.length];
        for (int i = 0; i < tags.length; i++) {
            problems[i] = prepare(tags[i], targets);
        }
        for (int i = 0; i < tags.length; i++) {
            ScriptTag tag = tags[i];
            String problem = tag.isWorker() ? WorkerSupport.start(tag) : problems[i];
            if (problem != null || !tag.isWorker()) {
                runOne(tag, problem, catalog);
            }
        }
        PageEvents.afterScripts(document);
        WorkerSupport.allDoneAfterWorkers();
    }

    /**
     * Reads the page's config (loading its URL, if any) and fetches its {@code files}. Every way that
     * does not throw passes the one call that may block ({@link UrlText#get}, which loads nothing for
     * no URL), so the compiled bundle holds the scripts' part of {@link #run} once, after that call.
     *
     * @throws RuntimeException naming a bad config or a file that cannot be fetched
     */
    private static void configure(HTMLDocument document, ScriptTag[] tags) {
        ConfigSource source = ConfigSource.locate(document, tags);
        String url = source == null ? null : source.url();
        String loaded = UrlText.get(url, source == null ? null : source.origin());
        if (source != null) {
            ErrorReport.showBanners(PageConfig.use(source, loaded));
            ConfigFiles.load(url);
        }
    }

    /**
     * Gives the script its output element (a worker's is made when it first displays); returns why it
     * cannot run, or null.
     */
    private static String prepare(ScriptTag tag, OutputTargets targets) {
        if (tag.isWorker()) {
            return null;
        }
        try {
            targets.assign(tag);
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    /** Runs one script between its java:ready and java:done, or reports why it cannot run. */
    private static void runOne(ScriptTag tag, String problem, ScriptCatalog catalog) {
        CurrentScript.enter(tag);
        Lifecycle.ready(tag.element());
        try {
            SimpleHandler body = catalog.find(tag.name());
            if (problem != null) {
                ErrorReport.report(problem);
            } else if (body == null) {
                ErrorReport.report(unknownName(tag, catalog));
            } else {
                body.handle();
            }
        } catch (Throwable e) {
            ErrorReport.report("script '" + tag.name() + "'", e);
        } finally {
            Lifecycle.done(tag.element());
        }
    }

    private static String unknownName(ScriptTag tag, ScriptCatalog catalog) {
        String names = catalog.joinedNames();
        String known = names.isEmpty() ? "none (is Pekoe's annotation processor on the compile path?)" : names;
        if (tag.name().isEmpty()) {
            return tag.describe() + " names no script: give it src=\"NAME\"; registered scripts: " + known;
        }
        return "no Java script named '" + tag.name() + "' for " + tag.describe() + "; registered scripts: " + known;
    }
}
