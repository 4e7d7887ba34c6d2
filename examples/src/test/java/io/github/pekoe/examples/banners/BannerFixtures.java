package io.github.pekoe.examples.banners;

import static io.github.pekoe.Pekoe.display;
import static io.github.pekoe.Pekoe.fetch;
import static io.github.pekoe.Pekoe.target;
import static io.github.pekoe.Pekoe.when;
import static io.github.pekoe.web.Web.page;

import io.github.pekoe.EventHandler;
import io.github.pekoe.ffi.JsCallback;
import io.github.pekoe.ffi.JsValue;
import io.github.pekoe.internal.event.HandlerCatalog;
import io.github.pekoe.internal.script.ScriptCatalog;
import io.github.pekoe.websocket.WebSocket;
import org.teavm.jso.dom.events.Event;

/**
 * What banners.html and banners-worker.html run: one handler, script or callback per way Pekoe runs
 * Java, each throwing an exception the tests recognise, and a handler that works, to show the others
 * keep running. Handlers are registered as the processor's generated index registers {@code @Handler}
 * and {@code @When} methods.
 */
public final class BannerFixtures {
    private BannerFixtures() {
    }

    /** Registers the scripts, as a generated script index does. */
    static void registerScripts(ScriptCatalog catalog) {
        catalog.add("banners/main", BannerFixtures::main);
        catalog.add("banners/throws", () -> {
            throw new IllegalStateException("the script failed");
        });
        catalog.add("banners/worker-throws", () -> {
            throw new IllegalStateException("the worker's script failed");
        });
    }

    /** Registers the handlers and a {@code @When} binding, as a generated handler index does. */
    static void registerHandlers(HandlerCatalog catalog) {
        catalog.add("save", (EventHandler<Event>) event -> save());
        catalog.add("hostile", (EventHandler<Event>) event -> {
            throw new IllegalArgumentException("hostile failed");
        });
        catalog.add("ok", (EventHandler<Event>) event -> log("ok"));
        catalog.add("socket", (EventHandler<Event>) event -> socket());
        catalog.add("fetch_then", (EventHandler<Event>) event -> fetch("/test/api/text").then(response -> {
            throw new IllegalStateException("the then callback failed");
        }));
        catalog.when("click", "#at-when", event -> {
            throw new IllegalStateException("the @When handler failed");
        });
    }

    /** The {@code py-click="save"} handler: fails as {@code Integer.parseInt("")} does in Java. */
    static void save() {
        throw new NumberFormatException("String is empty");
    }

    /** Binds the {@code when(...)} and {@code on(...)} handlers and offers the page a callback that throws. */
    static void main() {
        when("click", "#by-when", () -> {
            throw new IllegalStateException("the when handler failed");
        });
        page.get("by-on").on("click", () -> {
            throw new IllegalStateException("the on handler failed");
        });
        JsValue.global().set("bannerTick", JsCallback.of("tick", () -> {
            throw new IllegalStateException("the callback failed");
        }));
        log("bound");
    }

    /** Opens a socket to the echo server whose message handler throws; its open handler sends one message. */
    static void socket() {
        String url = fetch("/test/api/ws-url").text();
        new WebSocket(url)
                .onOpen(event -> event.socket().send("ping"))
                .onMessage(message -> {
                    throw new IllegalStateException("the message handler failed");
                });
    }

    static void log(String text) {
        display(target("log"), text);
    }
}
