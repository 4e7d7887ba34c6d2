package io.github.pekoe.examples.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchButtonsTest {

    @Test
    void expandsAMarkerIntoButtonsWithItsAttributes() {
        assertEquals("<body>\n  <button class=\"k\" py-click=\"clicked\">k0</button>\n  "
                + "<button class=\"k\" py-click=\"clicked\">k1</button>\n</body>",
                BenchButtons.expand("<body>\n  <!--buttons 2 py-click=\"clicked\"-->\n</body>"));
    }

    @Test
    void expandsAMarkerWithoutAttributes() {
        assertEquals("<button class=\"k\">k0</button>", BenchButtons.expand("<!--buttons 1-->"));
    }

    @Test
    void leavesOtherCommentsAlone() {
        String html = "<!-- a comment --><p>text</p>";
        assertEquals(html, BenchButtons.expand(html));
    }
}
