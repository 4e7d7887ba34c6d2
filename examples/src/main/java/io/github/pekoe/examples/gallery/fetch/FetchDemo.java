package io.github.pekoe.examples.gallery.fetch;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.Script;
import io.github.pekoe.display.PngRepr;
import io.github.pekoe.fetch.FetchException;
import io.github.pekoe.fetch.FetchOptions;
import io.github.pekoe.fetch.FetchResponse;
import io.github.pekoe.internal.js.JsProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/** fetch(): JSON, text and an image from the gallery server, a posted form, and a network error. */
@Script("fetch-demo")
public class FetchDemo {
    /** Fetches once while the page loads, then binds each button to its fetch. */
    public static void main(String[] args) {
        // A script body runs on a Java thread: it may wait for the answer in one call.
        Map<?, ?> tea = (Map<?, ?>) fetch("api/tea").json();
        display("Fetched as the page loaded: " + tea.get("name") + " from " + tea.get("origin") + ".");

        // A plain DOM listener must not wait, so it takes the answer in a callback instead.
        onClick("get-json", () -> fetch("api/tea").then(response -> showTea((Map<?, ?>) response.json()),
                FetchDemo::showError));
        onClick("get-text", () -> fetch("api/haiku").then(response -> show(element("pre", response.text())),
                FetchDemo::showError));
        onClick("get-image", () -> fetch("images/teacup.png").then(FetchDemo::showImage, FetchDemo::showError));
        onClick("post-form", () -> fetch("api/echo", new FetchOptions().method("POST").body(form()))
                .then(response -> showAnswer((Map<?, ?>) response.json()), FetchDemo::showError));
        onClick("get-unreachable", () -> fetch("http://127.0.0.1:9/").then(response -> show(response.text()),
                FetchDemo::showError));
    }

    static void showTea(Map<?, ?> tea) {
        show("name: " + tea.get("name") + " from " + tea.get("origin"), "grades: " + tea.get("grades"),
                "steep: " + tea.get("steep"), "caffeine: " + tea.get("caffeine"));
    }

    static void showImage(FetchResponse response) {
        byte[] png = response.bytes();
        show(response.headers().get("Content-Type") + ", " + png.length + " bytes", (PngRepr) () -> png);
    }

    static Map<String, Object> form() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", JsProperties.getString(document().getElementById("name"), "value"));
        form.put("tea", JsProperties.getString(document().getElementById("tea"), "value"));
        return form;
    }

    static void showAnswer(Map<?, ?> answer) {
        show(answer.get("greeting"), "The server received " + answer.get("received") + " as " + answer.get("contentType"));
    }

    static void showError(FetchException e) {
        show(element("p", "Could not fetch: " + e.getMessage()));
    }

    // Plain DOM listeners for now; Pekoe's when("click", ...) will take their place.

    private static void onClick(String id, Runnable action) {
        document().getElementById(id).addEventListener("click", event -> action.run());
    }

    private static void show(Object... values) {
        display(target("fetch-result").append(false), "");
        display(target("fetch-result"), values);
    }

    private static HTMLElement element(String tag, String text) {
        HTMLElement element = document().createElement(tag);
        element.setTextContent(text);
        return element;
    }
}
