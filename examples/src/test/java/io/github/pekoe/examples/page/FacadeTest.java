package io.github.pekoe.examples.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pekoe.examples.harness.BothLanes;
import io.github.pekoe.examples.harness.BrowserPage;
import io.github.pekoe.examples.harness.Lane;
import io.github.pekoe.examples.harness.TestSite;
import java.util.List;

/** The facade's page objects, and scripts registered in code. */
class FacadeTest {
    @BothLanes
    void facadeValuesAndScriptsRegisteredInCode(Lane lane) {
        try (BrowserPage page = lane.open(TestSite.url("/test/facade.html"))) {
            page.awaitAllDone();
            assertEquals(List.of("worker: false", "title: facade", "window is the page's: true", "config keys: []",
                    "a script named 'page/first' is already registered",
                    "registered in code and run by name"), page.texts("script-java > div"));
            assertEquals(List.of(), page.banners());
        }
    }
}
