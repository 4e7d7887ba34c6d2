package io.github.pekoe.examples.web;

import static io.github.pekoe.examples.web.WebPageTest.assertLines;

import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;
import io.github.pekoe.testing.PagePerLane;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Events as properties ({@code onClick()}), handlers given to tag factories ({@code onClick(h)}), the
 * event's target as an Element, and {@code when(...)} with web elements, collections and lists
 * (WebEventPropertyFixtures in {@code web-more.html}).
 */
class WebEventPropertiesTest {
    @RegisterExtension
    static final PagePerLane PAGES = new PagePerLane("/test/web-more.html");

    @BothLanes
    void eventsAsProperties(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "event-properties", List.of(
                "when onClick: 1",
                "addListener: click 0",
                "event: click on <button> | click true",
                "the others: dblclick keydown keyup focus blur input change submit",
                "on_chicken: IllegalArgumentException: <button> has no event 'chicken'; for a custom event use"
                        + " on(type, handler) or when(type, element, handler)",
                "empty name: IllegalArgumentException: <button> has no event ''; for a custom event use"
                        + " on(type, handler) or when(type, element, handler)",
                "null event: IllegalArgumentException: when(event, handler): the event is null"));
    }

    @BothLanes
    void handlersGivenToFactories(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "event-factories", List.of(
                "onClick at creation: 2 made Go",
                "onInput and targetOf: typed",
                "on(type, handler): 1",
                "on chicken: IllegalArgumentException: <button> has no event 'chicken'; for a custom event use"
                        + " on(type, handler) or when(type, element, handler)",
                "null handler: IllegalArgumentException: the click handler is null",
                "targetOf null: IllegalArgumentException: Element.targetOf takes an event, not null"));
    }

    @BothLanes
    void whenTakesElementsCollectionsAndLists(Lane lane) {
        BrowserPage page = PAGES.get(lane);
        assertLines(page, lane, "when-elements", List.of(
                "when element, collection, list: 1 3 2",
                "empty collection: IllegalArgumentException: when(\"click\", an object): the target matches no element"));
    }
}
