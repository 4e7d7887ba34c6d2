package io.github.pekoe.pagecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** URLs in a page resolved to site paths, as the browser resolves them against the page. */
class SitePathsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "index.html|app/x.js|app/x.js",
        "docs/a.html|app/x.js|docs/app/x.js",
        "docs/a.html|../app/x.js|app/x.js",
        "docs/a.html|/app/x.js|app/x.js",
        "a.html|./app/./x.js?v=2#top|app/x.js",
        "a.html|../x.js|NULL",
        "a.html|https://cdn.example.com/x.js|NULL",
        "a.html|//cdn.example.com/x.js|NULL",
        "a.html|data:text/javascript,1|NULL",
        "a.html|'  '|NULL"})
    void resolvesAgainstThePage(String page, String url, String expected) {
        assertEquals(expected, SitePaths.resolve(page, url.equals("'  '") ? "  " : url));
    }
}
