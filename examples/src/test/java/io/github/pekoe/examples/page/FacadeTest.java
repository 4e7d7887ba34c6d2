package io.github.pekoe.examples.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;
import java.util.List;

/** The facade's page objects, and scripts registered in code. */
class FacadeTest {
    @BothLanes
    void facadeValuesAndScriptsRegisteredInCode(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/facade.html"))) {
            page.waitForAllDone();
            assertEquals(List.of("worker: false", "title: facade", "window is the page's: true", "config keys: []",
                    "a script named 'page/first' is already registered",
                    "registered in code and run by name"), page.texts("script-java > div"));
            assertEquals(List.of(), page.banners());
        }
    }
}
