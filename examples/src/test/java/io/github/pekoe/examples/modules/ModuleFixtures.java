package io.github.pekoe.examples.modules;

import static io.github.pekoe.examples.fixtures.Report.fails;
import static io.github.pekoe.examples.fixtures.Report.say;
import static io.github.pekoe.Pekoe.jsImport;
import static io.github.pekoe.Pekoe.jsModules;
import static io.github.pekoe.Pekoe.registerScript;

import io.github.pekoe.ffi.JsException;
import io.github.pekoe.ffi.JsValue;
import java.util.List;

/**
 * The config's js_modules and jsImport(...), on the page (modules*.html) and in a worker, in the test
 * bundle {@code pekoe-modules.js} ({@link PekoePage}). Its scripts are registered in code, not with
 * {@code @Script}, so that the other test bundles (which HtmlUnit runs, and whose parser rejects
 * {@code import()}) do not carry them.
 */
public final class ModuleFixtures {
    private ModuleFixtures() {
    }

    /** Registers the scripts; {@link PekoePage} calls it first. */
    static void register(String[] args) {
        registerScript("modules/main", () -> OnMain.main(args));
        registerScript("modules/main-toml", () -> say("greet", jsModules("greeting").call("greet", "Ed").asString()));
        registerScript("modules/worker", () -> InWorker.main(args));
        registerScript("modules/import", () -> Import.main(args));
        registerScript("modules/import-worker", () -> ImportInWorker.main(args));
    }

    /** The config's modules on the main thread; a worker module there is an error. */
    public static final class OnMain {
        private OnMain() {
        }

        /** Reports what each module gives and each failure's message. */
        public static void main(String[] args) {
            JsValue greeting = jsModules("greeting");
            say("greet", greeting.call("greet", "Ada").asString());
            say("same object", sameObject(jsModules("greeting"), greeting));
            fails("a missing export", () -> greeting.get("nope"));
            fails("a worker module", () -> jsModules("greeting_worker"));
            fails("an unknown name", () -> jsModules("nope"));
        }
    }

    /** The config's modules in a worker: main and worker modules both. */
    public static final class InWorker {
        private InWorker() {
        }

        /** Reports what each module gives. */
        public static void main(String[] args) {
            say("greet", jsModules("greeting").call("greet", "Bo").asString());
            say("worker module", jsModules("greeting_worker").get("scope").asString());
        }
    }

    /** jsImport on the main thread: blocking, twice, several, failing, and the callback form. */
    public static final class Import {
        private Import() {
        }

        /** Reports the modules and each failure's message. */
        public static void main(String[] args) {
            JsValue counted = jsImport("/test/modules/counted.mjs").get(0);
            JsValue again = jsImport("modules/counted.mjs").get(0);
            say("evaluations", again.call("evaluations").asInt());
            say("same object", sameObject(counted, again));
            List<JsValue> two = jsImport("/test/modules/other.mjs", "/test/modules/greeting.mjs");
            say("several", two.get(0).get("answer").asInt() + " " + two.get(1).call("greet", "Cy").asString());
            fails("a missing export", () -> two.get(0).get("nope"));
            fails("a missing module", () -> jsImport("/test/modules/missing.mjs"));
            fails("a module that throws", () -> jsImport("/test/modules/throws.mjs"));
            try {
                jsImport("/test/modules/throws.mjs");
            } catch (JsException e) {
                say("what it threw", e.thrown().get("name").asString() + " " + e.thrown().get("message").asString());
            }
            fails("not a URL", () -> jsImport("http://["));
            jsImport(List.of("/test/modules/other.mjs", "/test/modules/counted.mjs"), modules ->
                    JsValue.global().set("importedByCallback", modules.get(0).get("answer").asInt() + " "
                            + modules.get(1).call("evaluations").asInt()));
            jsImport(List.of("/test/modules/missing-too.mjs"), modules ->
                    JsValue.global().set("importedByCallback", "called for a missing module"));
        }
    }

    /** jsImport in a worker: the worker imports into itself. */
    public static final class ImportInWorker {
        private ImportInWorker() {
        }

        /** Reports a module's answer in the worker and a missing module's message. */
        public static void main(String[] args) {
            JsValue greeting = jsImport("/test/modules/greeting.mjs").get(0);
            say("greet", greeting.call("greet", "Di").asString());
            fails("a missing module", () -> jsImport("/test/modules/missing.mjs"));
        }
    }

    /** Whether two values are the same JavaScript object. */
    static boolean sameObject(JsValue a, JsValue b) {
        return JsValue.global().call("Object.is", a, b).asBoolean();
    }
}
