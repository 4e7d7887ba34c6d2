package io.github.pekoe.examples.gallery.events;

import static io.github.pekoe.Pekoe.*;
import static io.github.pekoe.web.Web.*;

import io.github.pekoe.*;
import io.github.pekoe.web.*;
import io.github.pekoe.web.elements.*;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.MouseEvent;

/** Every way to handle an event: attributes, when(), @When, Element.on, a Signal, and blocking handlers. */
@Script("events-demo")
public class EventsDemo {
    private static final Signal<String> GREETED = new Signal<>();
    private static int clicks;

    /** Binds what the attributes cannot: when() with a selector, an element and a collection. */
    public static void main(String[] args) {
        when("click", "#by-selector", event -> say("when() with a selector"));
        when("click", page.get("by-element"), () -> say("when() with an element"));
        when("click", page.find("#left, #right"), (MouseEvent event) ->
                say("when() with a collection: " + Element.wrap(event.getTarget()).id()));
        page.get("by-on").on("click", () -> say("Element.on(...): the button's own handler"));
        when(GREETED, name -> say("the Signal greeted " + name));
    }

    /** Named by py-click: takes the typed event. */
    @Handler
    public static void count(MouseEvent event) {
        clicks++;
        Element.wrap(event.getTarget()).text("py-click: clicked " + clicks + (clicks == 1 ? " time" : " times"));
    }

    /** Named by java-click: takes nothing, and triggers the Signal, whose listener answers. */
    @Handler("greet")
    public static void greet() {
        GREETED.trigger("you");
    }

    /** Prevents the form's submit, then blocks a moment before answering. */
    @Handler
    public static void send(Event event) throws InterruptedException {
        event.preventDefault();
        String name = page.get("name").as(InputElement::new).value();
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

    /**
     * Adds a button after start; its py-click works too. The button is made with new and set up by
     * its setters: a page that calls no tag factory carries none of their content handling.
     */
    @Handler
    public static void grow() {
        page.get("added-here").append(new ButtonElement().text("added after start: click me")
                .attr("class", "added").attr("py-click", "added"));
    }

    /** The handler of the added buttons. */
    @Handler
    public static void added(MouseEvent event) {
        Element.wrap(event.getTarget()).text("added after start: it works");
    }

    /** Bound at start by annotation: once per element the selector matches. */
    @When(event = "mouseover", selector = "#hover")
    public static void hover() {
        say("@When: the mouse is over the box");
    }

    /** One line of the log below the buttons. */
    private static void say(String line) {
        page.get("events-log").append(line + "\n");
    }
}
