package io.github.pekoe.examples.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * In a development build (pekoe-banners-dev.js: {@code minifying} false, a source map), a banner's
 * frames are Java frames: class, method, file and line, read from the source map when the error is
 * reported; the same fixtures built as pages are built (pekoe-banners.js) keep JavaScript frames.
 */
class BannerJavaFramesTest {
    private static final String FIXTURES = "io.github.pekoe.examples.banners.BannerFixtures";

    /** The line of BannerFixtures.java that holds {@code text}, counted from 1, as the source map counts. */
    private static int lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/java/io/github/pekoe/examples/banners/BannerFixtures.java"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("BannerFixtures.java has no line with " + text);
    }

    private static String bannerAfterClick(BrowserPage page, String css) {
        page.waitForAllDone();
        page.click(css);
        page.waitFor("document.querySelectorAll('.java-error').length === 2");
        List<String> banners = page.banners();
        return banners.get(1);
    }

    @BothLanes
    void aDevelopmentBuildShowsJavaClassMethodAndLine(Lane lane) throws IOException {
        try (BrowserPage page = lane.load(TestSite.url("/test/banners-dev.html"))) {
            String banner = bannerAfterClick(page, "#save");
            assertTrue(banner.startsWith("handler 'save' for click on <button id=\"save\">: java.lang.NumberFormatException:"
                    + " String is empty"), banner);
            String frame = "\tat " + FIXTURES + ".save(BannerFixtures.java:"
                    + lineOf("throw new NumberFormatException(\"String is empty\");") + ")";
            assertTrue(banner.contains(frame + "\n"), () -> "expected the frame\n" + frame + "\nin\n" + banner);
            page.click("#ok");
            assertEquals(List.of("ok"), page.texts("#log > div"), "the page's other handlers keep running");
        }
    }

    @BothLanes
    void aScriptsFramesNameTheScriptsJavaCode(Lane lane) throws IOException {
        try (BrowserPage page = lane.load(TestSite.url("/test/banners-dev.html"))) {
            page.waitForAllDone();
            String banner = page.banners().get(0);
            String frame = "(BannerFixtures.java:" + lineOf("throw new IllegalStateException(\"the script failed\");") + ")";
            assertTrue(banner.contains(FIXTURES) && banner.contains(frame), () -> "expected " + FIXTURES + " at " + frame
                    + " in\n" + banner);
        }
    }

    @BothLanes
    void aMinifiedBuildKeepsItsJavaScriptFrames(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/banners.html"))) {
            String banner = bannerAfterClick(page, "#save");
            assertTrue(banner.contains("\tat "), "with the stack: " + banner);
            assertTrue(banner.contains("pekoe-banners.js:"), "JavaScript frames: " + banner);
            assertFalse(banner.contains(".java:"), "no Java frames without a source map: " + banner);
            assertEquals(Boolean.FALSE, page.eval("performance.getEntriesByType ? performance.getEntriesByType('resource')"
                    + ".some(function (e) { return e.name.indexOf('.map') >= 0; }) : false"), "no source map was asked for");
        }
    }
}
