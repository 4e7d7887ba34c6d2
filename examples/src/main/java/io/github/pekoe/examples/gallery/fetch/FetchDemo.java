package io.github.pekoe.examples.gallery.fetch;

import static io.github.pekoe.Pekoe.*;
import static io.github.pekoe.web.Web.*;

import io.github.pekoe.*;
import io.github.pekoe.fetch.*;
import io.github.pekoe.web.*;
import io.github.pekoe.web.elements.*;
import java.util.LinkedHashMap;
import java.util.Map;

/** fetch(): JSON, text and an image from the gallery server, a posted form, and a network error. */
@Script("fetch-demo")
public class FetchDemo {
    /**
     * Fetches once while the page loads, then binds each button to its fetch. The script body and
     * the handlers run on Java threads: each fetch waits for its answer in one call.
     */
    public static void main(String[] args) {
        Map<?, ?> tea = (Map<?, ?>) fetch("api/tea").json();
        show("Fetched as the page loaded: " + tea.get("name") + " from " + tea.get("origin") + ".");
        page.get("get-json").on("click", FetchDemo::getJson);
        page.get("get-text").on("click", FetchDemo::getText);
        page.get("get-image").on("click", FetchDemo::getImage);
        page.get("get-unreachable").on("click", FetchDemo::getUnreachable);
        page.get("post-form").on("click", FetchDemo::postForm);
    }

    static void getJson() {
        Map<?, ?> tea = (Map<?, ?>) fetch("api/tea").json();
        show("name: " + tea.get("name") + " from " + tea.get("origin") + "\ngrades: " + tea.get("grades")
                + "\nsteep: " + tea.get("steep") + "\ncaffeine: " + tea.get("caffeine"));
    }

    static void getText() {
        show(fetch("api/haiku").text());
    }

    /** The whole response: its headers, its size, and its body shown as an image from a data: URL. */
    static void getImage() {
        FetchResponse response = fetch("images/teacup.png").response();
        show(response.headers().get("Content-Type") + ", " + response.bytes().length + " bytes\n")
                .append(new ImageElement().src(response.dataUrl()).alt("a teacup"));
    }

    /** Nothing listens on port 9: the fetch throws a FetchException with a readable message. */
    static void getUnreachable() {
        try {
            show(fetch("http://127.0.0.1:9/").text());
        } catch (FetchException e) {
            show("Could not fetch: " + e.getMessage()).attr("role", "alert");
        }
    }

    /** Posts the form's fields as JSON; the server answers with what it received. */
    static void postForm() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", page.get("name").as(InputElement::new).value());
        form.put("tea", page.get("tea").as(SelectElement::new).value());
        Map<?, ?> answer = (Map<?, ?>) fetch("api/echo", new FetchOptions().method("POST").body(form)).json();
        show(answer.get("greeting") + "\nThe server received " + answer.get("received") + " as "
                + answer.get("contentType"));
    }

    /** Replaces what the result area shows with {@code text}, which is not an alert. */
    private static Element show(String text) {
        return page.get("fetch-result").text(text).removeAttr("role");
    }
}
