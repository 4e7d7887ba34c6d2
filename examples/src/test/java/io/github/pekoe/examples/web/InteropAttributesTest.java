package io.github.pekoe.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ExpectPageErrors;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * PyScript's attribute prefixes on a Java page (interop-attributes.html): {@code mpy-*},
 * {@code pyodide-*} and {@code micropython-*} bind as {@code py-*} does, so a PyScript page's markup
 * works unchanged, and an unknown name under any of them is reported.
 * Its page names an unknown handler on purpose.
 */
@ExpectPageErrors
class InteropAttributesTest {
    @BothLanes
    void everyPyScriptPrefixBindsAsPyDoes(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/interop-attributes.html"))) {
            page.waitForAllDone();
            for (String id : new String[] {"py", "mpy", "pyodide", "micropython", "java", "other"}) {
                page.click("#" + id);
            }
            assertEquals(List.of("clicked py", "clicked mpy", "clicked pyodide", "clicked micropython", "clicked java"),
                    page.texts("#log > div"), "xpy-click is no prefix of PyScript's, so it binds nothing");
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), banners.toString());
            assertTrue(banners.get(0).startsWith("no handler named 'interop_clik' for mpy-click on <button id=\"unknown\">;"
                    + " known handlers: "), banners.get(0));
            assertTrue(banners.get(0).contains("interop_click"), banners.get(0));
        }
    }

    @BothLanes
    void anMpyAttributeAddedLaterIsBound(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/interop-attributes.html"))) {
            page.waitForAllDone();
            String clickUntilLogged = "(document.getElementById('later').click(),"
                    + " document.querySelector('#log > div:last-child') || {}).textContent === 'clicked later'";
            page.eval("document.getElementById('later').setAttribute('mpy-click', 'interop_click') || ''");
            page.waitFor(clickUntilLogged);
            page.eval("document.getElementById('log').textContent = ''");
            page.click("#later");
            assertEquals(List.of("clicked later"), page.texts("#log > div"), "bound once");
        }
    }
}
