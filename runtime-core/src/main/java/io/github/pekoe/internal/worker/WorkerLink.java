package io.github.pekoe.internal.worker;

import io.github.pekoe.internal.display.Display;
import io.github.pekoe.internal.display.Rendered;
import io.github.pekoe.internal.error.ErrorReport;
import io.github.pekoe.internal.event.HandlerThreads;
import io.github.pekoe.internal.js.JsPrimitives;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.lifecycle.Lifecycle;
import io.github.pekoe.internal.scan.OutputTargets;
import io.github.pekoe.worker.WorkerException;
import io.github.pekoe.worker.WorkerFunction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.DocumentFragment;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;

/**
 * One worker as the page sees it: the browser's {@code Worker}, the calls it is waiting on, the
 * functions it may {@code sync} with, its script element (if any) and that element's output, made
 * on the worker's first {@code display()} without a target.
 */
public final class WorkerLink {

    private final JSObject worker;
    private final String script;
    private final @Nullable String name;
    private final @Nullable HTMLElement element;
    private final @Nullable String outputId;
    private final Calls calls = new Calls();
    private final Map<String, WorkerFunction> syncs = new HashMap<>();
    private final List<Runnable> readyWaiters = new ArrayList<>();
    private boolean ready;
    private @Nullable String stopped;

    WorkerLink(JSObject worker, String script, @Nullable String name, @Nullable HTMLElement element,
            @Nullable String outputId) {
        this.worker = worker;
        this.script = script;
        this.name = name;
        this.element = element;
        this.outputId = outputId;
        Wire.listen(worker, this::received);
        Wire.onFailure(worker, description -> failed(JsPrimitives.string(description)));
    }

    /** How messages name this worker: {@code worker 'calc'} or {@code the worker running 'primes'}. */
    public String label() {
        return name != null ? "worker '" + name + "'" : "the worker running '" + script + "'";
    }

    /** The name the worker was given, or null. */
    public @Nullable String name() {
        return name;
    }

    /** The script the worker runs. */
    public String script() {
        return script;
    }

    /** Whether the worker's script has finished, so its exports can be called. */
    public boolean isReady() {
        return ready;
    }

    /** Why the worker stopped (terminated, or it could not load), or null while it runs. */
    public @Nullable String stopped() {
        return stopped;
    }

    /** Runs {@code waiter} once the worker is ready or has stopped (at once if it is or has). */
    void whenSettled(Runnable waiter) {
        if (ready || stopped != null) {
            waiter.run();
        } else {
            readyWaiters.add(waiter);
        }
    }

    /** Offers the worker the main-thread function {@code function} under {@code name}. */
    public void sync(String name, WorkerFunction function) {
        syncs.put(name, function);
    }

    /** Calls the worker's export {@code export}, blocking the calling Java thread. */
    public @Nullable Object call(String export, List<@Nullable Object> args) {
        return calls.call(worker, label() + ": '" + export + "'", export, args, 0);
    }

    /** Calls the worker's export {@code export} and hands the outcome to {@code waiter}. */
    public void call(String export, List<@Nullable Object> args, Calls.Waiter waiter) {
        calls.call(worker, label() + ": '" + export + "'", export, args, 0, waiter);
    }

    /** Stops the worker at once; waiting and later calls fail, naming it. */
    public void terminate() {
        if (stopped == null) {
            Wire.terminate(worker);
            stop("it was terminated");
        }
    }

    /**
     * Sends the start message: the script, the config and the URL it came from (null for inline), the
     * page's URL and the output's id.
     */
    void start(@Nullable String configJson, @Nullable String configUrl, String baseUrl) {
        JSObject start = Wire.message(Wire.START);
        JsProperties.setString(start, "script", script);
        JsProperties.setString(start, "label", label());
        JsProperties.setString(start, "config", configJson);
        JsProperties.setString(start, "configUrl", configUrl);
        JsProperties.setString(start, "base", baseUrl);
        JsProperties.setString(start, "target", outputId);
        Wire.send(worker, start);
    }

    private void received(JSObject message) {
        String type = Wire.type(message);
        if (Wire.READY.equals(type)) {
            becameReady();
        } else if (Wire.REPLY.equals(type)) {
            calls.settle(message);
        } else if (Wire.CALL.equals(type)) {
            answer(message);
        } else if (Wire.ERROR.equals(type)) {
            ErrorReport.report(label() + ": " + JsProperties.getString(message, "text"));
        }
    }

    private void becameReady() {
        ready = true;
        if (element != null) {
            Lifecycle.done(element);
        }
        settled();
    }

    private void failed(String description) {
        ErrorReport.report(label() + " could not run: " + description);
        stop("it could not run: " + description);
    }

    private void stop(String reason) {
        boolean wasSettled = ready || stopped != null;
        stopped = reason;
        calls.close(reason);
        WorkerHost.stopped(this);
        if (!wasSettled) {
            if (element != null) {
                Lifecycle.done(element);
            }
            settled();
        }
    }

    private void settled() {
        List<Runnable> waiters = new ArrayList<>(readyWaiters);
        readyWaiters.clear();
        for (Runnable waiter : waiters) {
            waiter.run();
        }
    }

    /**
     * Runs a function the worker calls: Pekoe's own display or a {@link WorkerService}, or a sync
     * function, on a thread of its own.
     */
    private void answer(JSObject request) {
        String function = JsProperties.getString(request, "name");
        List<@Nullable Object> args = Wire.values(request, "args");
        HandlerThreads.runNow(function, () -> {
            try {
                Calls.reply(worker, request, run(function, args), null);
            } catch (Throwable failure) {
                Calls.reply(worker, request, null, failure);
            }
        });
    }

    private @Nullable Object run(@Nullable String function, List<@Nullable Object> args) throws Exception {
        if (WorkerSide.DISPLAY.equals(function)) {
            display(args);
            return null;
        }
        WorkerService service = function == null ? null : WorkerHost.service(function);
        if (service != null) {
            return service.call(this, args);
        }
        WorkerFunction sync = function == null ? null : syncs.get(function);
        if (sync == null && function != null) {
            sync = WorkerHost.globalSync(function);
        }
        if (sync == null) {
            throw new WorkerException("no main-thread function '" + function + "' for " + label()
                    + ": register it with registerSync(\"" + function + "\", ...) or workers(...).sync(\""
                    + function + "\", ...); registered: " + WorkerHost.syncNames(syncs));
        }
        return sync.call(args);
    }

    /**
     * Shows what the worker rendered: args are the target (an id, a node's handle number, or null),
     * the append flag, and mime, content pairs; the content of {@link WorkerSide#NODES} is handle numbers.
     */
    private void display(List<@Nullable Object> args) {
        Object target = args.get(0);
        boolean append = Boolean.TRUE.equals(args.get(1));
        List<Object> items = new ArrayList<>();
        for (int i = 2; i + 1 < args.size(); i += 2) {
            if (WorkerSide.NODES.equals(args.get(i))) {
                items.add(nodes((List<?>) args.get(i + 1)));
            } else {
                items.add(new Rendered((String) args.get(i + 1), (String) args.get(i)));
            }
        }
        Element element = target instanceof Number ? (Element) WorkerHost.node(this, ((Number) target).intValue())
                : targetElement((String) target);
        Display.showRendered(element, append, items);
    }

    /** The page's nodes the worker's handle numbers stand for: one node, or a fragment of several. */
    private JSObject nodes(List<?> numbers) {
        if (numbers.size() == 1) {
            return WorkerHost.node(this, ((Number) numbers.get(0)).intValue());
        }
        DocumentFragment nodes = HTMLDocument.current().createDocumentFragment();
        for (Object number : numbers) {
            nodes.appendChild((Node) WorkerHost.node(this, ((Number) number).intValue()));
        }
        return nodes;
    }

    private Element targetElement(@Nullable String id) {
        HTMLDocument document = HTMLDocument.current();
        if (id == null) {
            if (outputId == null) {
                throw new IllegalStateException(label() + " has no output element of its own (it was started"
                        + " from Java, not by a script element): display(target(\"id\"), ...) names one");
            }
            Element output = document.getElementById(outputId);
            return output != null ? output : createOutput();
        }
        Element found = document.getElementById(id);
        if (found == null) {
            throw new IllegalArgumentException("Cannot find element with id='" + id + "' in the page.");
        }
        return found;
    }

    /** Makes the output element after the script element, as PyScript does for workers. */
    private Element createOutput() {
        HTMLElement output = HTMLDocument.current().createElement(OutputTargets.OUTPUT_TAG);
        output.setId(outputId);
        OutputTargets.insertAfter(HTMLDocument.current(), element, output);
        JsProperties.set(element, "target", output);
        return output;
    }
}
