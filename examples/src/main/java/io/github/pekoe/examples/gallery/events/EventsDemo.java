package io.github.pekoe.examples.gallery.events;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.event.Event;
import io.github.pekoe.event.Handler;
import io.github.pekoe.event.When;
import io.github.pekoe.script.Script;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** Every way to handle an event: attributes, when(), @When, a custom Event, and blocking handlers. */
@Script("events-demo")
public class EventsDemo {
    private static final Event<String> GREETED = new Event<>();
    private static int clicks;

    /** Binds what the attributes cannot: when() with a selector, an element and a list. */
    public static void main(String[] args) {
        when("click", "#by-selector", e -> say("when() with a selector"));
        when("click", document().getElementById("by-element"), () -> say("when() with an element"));
        List<Object> pair = new ArrayList<>();
        pair.add(document().getElementById("left"));
        pair.add(document().getElementById("right"));
        when("click", pair, e -> say("when() with a list: " + ((HTMLElement) e.getTarget()).getId()));
        when(GREETED, name -> say("the custom Event greeted " + name));
    }

    /** Named by py-click: takes the typed event. */
    @Handler
    public static void count(MouseEvent event) {
        clicks++;
        ((HTMLElement) event.getTarget()).setTextContent("py-click: clicked " + clicks + " times");
    }

    /** Named by java-click: takes nothing. */
    @Handler("greet")
    public static void greet() {
        GREETED.trigger("you");
    }

    /** Prevents the form's submit, then blocks a moment before answering. */
    @Handler
    public static void send(org.teavm.jso.dom.events.Event event) throws InterruptedException {
        event.preventDefault();
        String name = ((HTMLInputElement) document().getElementById("name")).getValue();
        say("sending " + name + "...");
        Thread.sleep(300);
        say("sent " + name + ", and the page did not reload");
    }

    /** Sleeps, then writes: handlers may block. */
    @Handler
    public static void nap() throws InterruptedException {
        say("napping for half a second...");
        Thread.sleep(500);
        say("awake again");
    }

    /** Adds a button after start; its py-click works too. */
    @Handler
    public static void grow() {
        var button = document().createElement("button");
        button.setAttribute("py-click", "added");
        button.setClassName("added");
        button.setTextContent("added after start: click me");
        document().getElementById("added-here").appendChild(button);
    }

    /** The handler of the added buttons. */
    @Handler
    public static void added(MouseEvent event) {
        ((HTMLElement) event.getTarget()).setTextContent("added after start: it works");
    }

    /** Bound at start by annotation: once per element the selector matches. */
    @When(event = "mouseover", selector = "#hover")
    public static void hover() {
        say("@When: the mouse is over the box");
    }

    private static void say(String text) {
        display(target("events-log"), text);
    }
}
