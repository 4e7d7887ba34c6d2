package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;

/** The built page (target/site) in HtmlUnit and in Chromium: the script ran and a click runs the handler. */
class HelloPageTest {

    /** The script's text shows, and a click on the button shows the handler's. */
    @BothLanes
    void scriptRunsAndClickRunsTheHandler(Lane lane) {
        try (BrowserPage page = lane.open("/index.html")) {
            assertEquals("Hello from Java! The square root of 2 is 1.4142135623730951", page.text("#out"));
            assertEquals("", page.text("#answer"));
            page.click("#greet");
            page.waitFor("document.querySelector('#answer').textContent !== ''");
            assertEquals("Clicked: the handler ran.", page.text("#answer"));
        }
    }
}
