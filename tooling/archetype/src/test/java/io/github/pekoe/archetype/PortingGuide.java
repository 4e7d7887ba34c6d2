package io.github.pekoe.archetype;

import static io.github.pekoe.Pekoe.config;
import static io.github.pekoe.Pekoe.display;
import static io.github.pekoe.Pekoe.fetch;
import static io.github.pekoe.Pekoe.jsModules;
import static io.github.pekoe.Pekoe.registerSync;
import static io.github.pekoe.Pekoe.sync;
import static io.github.pekoe.Pekoe.target;
import static io.github.pekoe.Pekoe.when;
import static io.github.pekoe.Pekoe.workers;
import static io.github.pekoe.storage.Storage.storage;
import static io.github.pekoe.web.Web.div;
import static io.github.pekoe.web.Web.page;
import static io.github.pekoe.web.Web.props;

import io.github.pekoe.Export;
import io.github.pekoe.Handler;
import io.github.pekoe.Script;
import io.github.pekoe.When;
import io.github.pekoe.ffi.JsCallback;
import io.github.pekoe.ffi.JsValue;
import io.github.pekoe.storage.Storage;
import java.util.Map;

/**
 * The Java of README.md's "Porting from PyScript", line for line, compiled by this module's build against
 * the current runtime-core and storage, so that the guide cannot drift from the API. Never run.
 */
@Script("porting")
public class PortingGuide {
    /** {@code <script type="py" src="main.py">}: the script's body. */
    public static void main(String[] args) {
        display("Hello from Java!");                                      // display("Hello!")
        display(target("out").append(false), "only this");                // display(x, target="out", append=False)
        when("click", "#b", () -> display("b"));                          // when("click", "#b")(f)

        Map<?, ?> tea = (Map<?, ?>) fetch("api/tea.json").json();         // await (await fetch(url)).json()
        String text = fetch("api/tea.txt").text();                        // await (await fetch(url)).text()
        display(tea, text);

        page.get("#out").text("Ready");                                   // page["#out"].innerText = "Ready"
        page.append(div("Hi", props("classes", "note")));                 // page.append(web.div("Hi", classes="note"))

        Storage notes = storage("notes");                                 // notes = await storage("notes")
        notes.put("draft", "tea at five");                                // notes["draft"] = "tea at five"
        notes.sync();                                                     // await notes.sync()

        String title = JsValue.global().get("document.title").asString(); // js.document.title
        JsCallback tick = JsCallback.of(() -> display("tick"));           // create_proxy(lambda: display("tick"))
        JsValue.global().call("setTimeout", tick, 1000);                  // js.setTimeout(proxy, 1000)
        String hi = jsModules("greeting").call("greet", "Ada").asString(); // from pyscript.js_modules import greeting
        display(title, hi, config().get("units"));                        // from pyscript import config

        registerSync("progress", values -> { display(values.get(0)); return null; }); // worker.sync.progress = ...
        long primes = (Long) workers("primes").call("count", 1000);       // await (await workers["primes"]).count(1000)
        display(primes);
    }

    /** {@code py-click="greet"}: a handler that a page's attribute names. */
    @Handler
    public static void greet() {
        display("Clicked");
    }

    /** {@code @when("click", "#b")}. */
    @When(event = "click", selector = "#b")
    public static void clicked() {
        display("b was clicked");
    }

    /** A worker's script ({@code <script type="py" worker name="primes">}) and its export. */
    @Script(value = "primes", worker = true)
    public static class Primes {
        /** Runs in the worker; {@code sync} calls the page's registered function and waits for it. */
        public static void main(String[] args) {
            sync("progress", 0);                                          // sync.progress(0)
        }

        /** {@code __export__ = ["count"]}: the page calls it. */
        @Export
        public static long count(long below) {
            return below / 2;
        }
    }
}
