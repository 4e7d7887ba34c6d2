package io.github.pekoe.internal.worker;

import io.github.pekoe.SimpleHandler;
import io.github.pekoe.display.DisplayOptions;
import io.github.pekoe.internal.config.ConfigFiles;
import io.github.pekoe.internal.config.PageConfig;
import io.github.pekoe.internal.display.Display;
import io.github.pekoe.internal.display.MimeRenderer;
import io.github.pekoe.internal.display.Rendered;
import io.github.pekoe.internal.error.ErrorReport;
import io.github.pekoe.internal.event.HandlerThreads;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.NodeHolder;
import io.github.pekoe.internal.js.Nodes;
import io.github.pekoe.internal.js.PageUrls;
import io.github.pekoe.internal.scan.CurrentScript;
import io.github.pekoe.internal.script.ScriptCatalog;
import io.github.pekoe.web.ElementCollection;
import io.github.pekoe.worker.WorkerException;
import io.github.pekoe.worker.WorkerFunction;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;

/**
 * A worker's side: it waits for the page's {@code start}, takes the page's config and URL, fetches
 * the config's {@code files} into its own file system, runs the
 * script on a Java thread, tells the page when it has finished, answers calls of its exports, and
 * sends {@code display()}, {@code sync(...)} and error reports to the page.
 */
public final class WorkerSide {
    /** The page's own function that shows what a worker displays. */
    static final String DISPLAY = "pekoe:display";
    /** The type of a displayed item that is the page's nodes: its content is their handle numbers. */
    static final String NODES = "pekoe/nodes";

    private static @Nullable Calls calls;
    private static String label = "this worker";
    private static @Nullable Runnable beforeWaiting;
    private static @Nullable NodeNumbers nodeNumbers;

    private WorkerSide() {
    }

    /** Starts listening to the page; called by the bundle's entry point when it runs in a worker. */
    public static void run() {
        Display.forwardTo(WorkerSide::display);
        ErrorReport.forwardTo(WorkerSide::report);
        Wire.listen(Wire.self(), WorkerSide::received);
    }

    /**
     * Runs {@code flush} before this worker calls the page ({@link #sync}, a {@code display}) and when
     * a script or an export ends, so that what it queued for the page reaches it first.
     */
    public static void beforeWaiting(Runnable flush) {
        beforeWaiting = flush;
    }

    /** Gives the page's number of a handle to one of the page's nodes. */
    public interface NodeNumbers {
        /** The page's number of {@code handle}, which stands for one of the page's nodes. */
        int number(JSObject handle);
    }

    /**
     * Lets {@code display()} show the page's nodes the web API hands this worker, and write into them:
     * each goes to the page as its number.
     */
    public static void nodeNumbers(NodeNumbers numbers) {
        nodeNumbers = numbers;
    }

    /**
     * Calls the page's function {@code name} with {@code args} and returns what it returns, blocking
     * the calling Java thread (PyScript's {@code sync}).
     *
     * @throws io.github.pekoe.worker.WorkerException if it fails or does not exist
     */
    public static @Nullable Object sync(String name, List<@Nullable Object> args) {
        flushQueued();
        return calls().call(Wire.self(), label + ": sync '" + name + "'", name, args, 0);
    }

    /**
     * Calls Pekoe's own page function {@code name} with {@code args}, blocking the calling Java thread;
     * what the page threw comes back as the same {@code IllegalArgumentException} or
     * {@code IllegalStateException}, with the page's message.
     *
     * @throws io.github.pekoe.worker.WorkerException for other failures
     */
    public static @Nullable Object callPage(String name, List<@Nullable Object> args) {
        try {
            return calls().call(Wire.self(), label + ": '" + name + "'", name, args, 0);
        } catch (WorkerException e) {
            throw RemoteFailure.rethrown(e);
        }
    }

    /** Sends Pekoe's own page function {@code name} a call whose answer nobody waits for; never blocks. */
    public static void tellPage(String name, List<@Nullable Object> args) {
        calls().call(Wire.self(), label + ": '" + name + "'", name, args, 0, new Calls.Waiter() {
            @Override
            public void returned(@Nullable Object value) {
            }

            @Override
            public void failed(WorkerException failure) {
            }
        });
    }

    /** Exports {@code function} as {@code name} to the page (PyScript's {@code __export__}). */
    public static void export(String name, WorkerFunction function) {
        ExportCatalog.shared().add(name, function);
    }

    private static void received(JSObject message) {
        String type = Wire.type(message);
        if (Wire.START.equals(type)) {
            begin(message);
        } else if (Wire.CALL.equals(type)) {
            answer(message);
        } else if (Wire.REPLY.equals(type)) {
            calls().settle(message);
        }
    }

    private static void begin(JSObject start) {
        label = JsProperties.getString(start, "label");
        String base = JsProperties.getString(start, "base");
        if (base != null) {
            PageUrls.base(base);
        }
        String target = JsProperties.getString(start, "target");
        if (target != null) {
            CurrentScript.enterWorker(target);
        }
        String script = JsProperties.getString(start, "script");
        String config = JsProperties.getString(start, "config");
        String configUrl = JsProperties.getString(start, "configUrl");
        String where = "script '" + script + "'";
        HandlerThreads.runNow(where, () -> {
            try {
                if (config != null) {
                    PageConfig.useJson(config, "the page's config");
                    ConfigFiles.load(configUrl);
                }
                SimpleHandler body = ScriptCatalog.shared().find(script);
                if (body == null) {
                    report("no Java script named '" + script + "' in the worker's bundle; registered scripts: "
                            + ScriptCatalog.shared().joinedNames());
                } else {
                    body.handle();
                }
            } catch (Throwable failure) {
                ErrorReport.report(where, failure);
            } finally {
                try {
                    flushQueued();
                } catch (Throwable failure) {
                    ErrorReport.report(where, failure);
                }
                Wire.send(Wire.self(), Wire.message(Wire.READY));
            }
        });
    }

    private static void answer(JSObject request) {
        String name = JsProperties.getString(request, "name");
        List<@Nullable Object> args = Wire.values(request, "args");
        HandlerThreads.runNow(name, () -> {
            WorkerFunction function = name == null ? null : ExportCatalog.shared().find(name);
            try {
                if (function == null) {
                    throw new IllegalArgumentException(label + " exports no '" + name + "'; its exports: "
                            + (ExportCatalog.shared().names().isEmpty() ? "none"
                                    : String.join(", ", ExportCatalog.shared().names())));
                }
                Object value;
                try {
                    value = function.call(args);
                } finally {
                    flushQueued();
                }
                Calls.reply(Wire.self(), request, value, null);
            } catch (Throwable failure) {
                Calls.reply(Wire.self(), request, null, failure);
            }
        });
    }

    /**
     * A worker's {@code display()}: rendered here, written by the page, failures thrown here; the
     * page's elements, and a target element, go as their handle numbers when the web API is on.
     */
    private static void display(DisplayOptions options, @Nullable Object[] values) {
        List<@Nullable Object> args = new ArrayList<>();
        if (options.targetElement() != null) {
            if (nodeNumbers == null) {
                throw new IllegalArgumentException("a worker has no DOM elements: name the target by its id,"
                        + " display(target(\"id\"), ...)");
            }
            args.add(nodeNumbers.number(options.targetElement()));
        } else {
            args.add(options.targetId());
        }
        args.add(options.isAppend());
        // An index loop, not Arrays.asList: what other lists hold would look to TeaVM as if it could be shown here.
        int count = values == null ? 1 : values.length;
        for (int i = 0; i < count; i++) {
            Object value = values == null ? null : values[i];
            List<@Nullable Object> nodes = nodeNumbers == null ? null : nodes(value);
            if (nodes != null) {
                args.add(NODES);
                args.add(nodes);
                continue;
            }
            if (value instanceof NodeHolder || value instanceof JSObject && Nodes.isNode((JSObject) value)) {
                throw new IllegalArgumentException("a worker cannot display a DOM node; display text, HTML(...)"
                        + " or a representation instead");
            }
            Rendered rendered = MimeRenderer.render(value);
            args.add(rendered.mimeType());
            args.add(rendered.content());
        }
        try {
            sync(DISPLAY, args);
        } catch (WorkerException e) {
            throw RemoteFailure.rethrown(e);
        }
    }

    /** The numbers of the page's nodes {@code value} stands for (an element, a collection, a node), or null. */
    private static @Nullable List<@Nullable Object> nodes(@Nullable Object value) {
        List<@Nullable Object> numbers = new ArrayList<>();
        if (value instanceof NodeHolder) {
            numbers.add(nodeNumbers.number(((NodeHolder) value).dom()));
        } else if (value instanceof ElementCollection) {
            for (io.github.pekoe.web.Element member : (ElementCollection) value) {
                numbers.add(nodeNumbers.number(member.dom()));
            }
        } else if (value instanceof JSObject && Nodes.isNode((JSObject) value)) {
            numbers.add(nodeNumbers.number((JSObject) value));
        } else {
            return null;
        }
        return numbers;
    }

    private static void flushQueued() {
        if (beforeWaiting != null) {
            beforeWaiting.run();
        }
    }

    private static void report(String text) {
        JSObject message = Wire.message(Wire.ERROR);
        JsProperties.setString(message, "text", text);
        Wire.send(Wire.self(), message);
    }

    /** The calls this worker waits on, made on first use (TeaVM may inline past a class initialiser). */
    private static Calls calls() {
        if (calls == null) {
            calls = new Calls();
        }
        return calls;
    }
}
