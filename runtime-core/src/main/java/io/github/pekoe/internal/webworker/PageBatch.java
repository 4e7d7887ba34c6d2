package io.github.pekoe.internal.webworker;

import io.github.pekoe.internal.js.JsProperties;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSExceptions;
import org.teavm.jso.JSObject;

/**
 * The page's side of a worker's {@link Batch}: runs its calls in order, stops at the first that throws,
 * and answers [the last call's value, the failure's class, its message, the failed queued call (0 for
 * the last call when it returns a value), then the number and hash of each element the batch made]. A
 * JavaScript error is named "JavaScript " and its name ("JavaScript TypeError"), with its message.
 */
final class PageBatch {
    private PageBatch() {
    }

    /** Runs the batch {@code args} ({@link Op#BATCH}, whether its last call returns a value, the calls). */
    static List<@Nullable Object> run(PageNodes nodes, NodeTable table, List<@Nullable Object> args) {
        boolean last = Boolean.TRUE.equals(args.get(1));
        List<@Nullable Object> reply = new ArrayList<>();
        reply.add(null);
        reply.add(null);
        reply.add(null);
        reply.add(null);
        table.startBatch();
        try {
            int at = 2;
            while (at < args.size()) {
                int op = ((Number) args.get(at)).intValue();
                int count = ((Number) args.get(at + 1)).intValue();
                List<@Nullable Object> call = new ArrayList<>(count + 1);
                for (int i = at + 1; i <= at + 1 + count; i++) {
                    call.add(i == at + 1 ? op : args.get(i));
                }
                at += 2 + count;
                Object value;
                try {
                    value = nodes.run(table, call);
                } catch (Throwable failure) {
                    JSObject error = fromJavaScript(failure) ? JSExceptions.getJSException(failure) : null;
                    if (error != null) {
                        reply.set(1, "JavaScript " + JsProperties.getString(error, "name"));
                        reply.set(2, JsProperties.getString(error, "message"));
                    } else {
                        reply.set(1, failure.getClass().getName());
                        reply.set(2, failure.getMessage());
                    }
                    reply.set(3, last && at >= args.size() ? 0 : op);
                    break;
                }
                if (op == Op.CREATE) {
                    List<?> handle = (List<?>) value;
                    int id = ((Number) handle.get(0)).intValue();
                    table.madeInBatch(id);
                    reply.add(id);
                    reply.add(handle.get(1));
                } else {
                    reply.set(0, value);
                }
            }
        } finally {
            table.endBatch();
        }
        return reply;
    }

    /**
     * Tells whether {@code failure} is a JavaScript error as TeaVM hands it to Java: a plain
     * {@code RuntimeException} whose message is "(JavaScript) " and the error's text.
     */
    private static boolean fromJavaScript(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass() == RuntimeException.class && message != null && message.startsWith("(JavaScript) ");
    }
}
