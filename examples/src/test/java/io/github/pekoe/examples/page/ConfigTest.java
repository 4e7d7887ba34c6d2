package io.github.pekoe.examples.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;
import java.util.List;

/** config(): where it comes from, what Java values it holds, and what a bad config does. */
class ConfigTest {
    private static BrowserPage open(Lane lane, String name) {
        BrowserPage page = lane.load(TestSite.url("/test/" + name + ".html"));
        page.waitForAllDone();
        return page;
    }

    @BothLanes
    void inlineJsonBecomesReadOnlyJavaValuesInOrder(Lane lane) {
        try (BrowserPage page = open(lane, "config-inline")) {
            assertEquals(List.of("text = String:hi", "whole = Long:7", "big = Long:9007199254740991",
                    "real = Double:2.5", "yes = Boolean:true", "none = null",
                    "list = List[Long:1, String:two, List[Long:3]]",
                    "map = Map{z=Long:1, a=Map{deep=Boolean:false}}", "read-only: true"),
                    page.texts("script-java > div"));
            assertEquals(Boolean.TRUE, page.eval("document.querySelector('java-config').hidden"));
            assertEquals(List.of(), page.banners());
        }
    }

    @BothLanes
    void aSrcUrlIsLoaded(Lane lane) {
        try (BrowserPage page = open(lane, "config-src")) {
            assertEquals(List.of("from = String:a file", "count = Long:3", "read-only: true"),
                    page.texts("script-java > div"));
        }
    }

    @BothLanes
    void aConfigAttributeHoldsJsonOrAUrlAndTheSameValueTwiceIsOneConfig(Lane lane) {
        try (BrowserPage page = open(lane, "config-attribute")) {
            assertEquals(List.of("from = String:an attribute", "read-only: true", "from = String:an attribute",
                    "read-only: true"), page.texts("script-java > div"));
            assertEquals(List.of(), page.banners());
        }
        try (BrowserPage page = open(lane, "config-attribute-url")) {
            assertEquals(List.of("from = String:a file", "count = Long:3", "read-only: true"),
                    page.texts("script-java > div"));
        }
    }

    @BothLanes
    void noConfigIsAnEmptyMap(Lane lane) {
        try (BrowserPage page = open(lane, "config-none")) {
            assertEquals(List.of("read-only: true"), page.texts("script-java > div"));
        }
    }

    @BothLanes
    void twoConfigsAreAnErrorAndNoScriptRuns(Lane lane) {
        assertBadConfig(lane, "config-two", "a page takes one config, but this one has 2: <java-config>,"
                + " config=\"{\"b\": 2}\" on <script type=\"java\" src=\"config/show\">; keep one");
    }

    @BothLanes
    void invalidJsonIsAnErrorAndNoScriptRuns(Lane lane) {
        assertBadConfig(lane, "config-invalid", "invalid config in <java-config>: invalid JSON: ");
    }

    @BothLanes
    void aConfigThatIsNotAnObjectIsAnError(Lane lane) {
        assertBadConfig(lane, "config-not-object",
                "the config in <java-config> must be a JSON object, not an array");
    }

    @BothLanes
    void aFailingUrlIsAnErrorAndNoScriptRuns(Lane lane) {
        assertBadConfig(lane, "config-missing", "could not load the config '/test/data/missing.json' named in"
                + " <java-config src=\"/test/data/missing.json\">: HTTP 404");
    }

    @BothLanes
    void inlineTomlBecomesTheSameJavaValuesAsJson(Lane lane) {
        try (BrowserPage page = open(lane, "config-toml-inline")) {
            assertEquals(List.of("text = String:hi", "whole = Long:7", "big = Long:9007199254740991",
                    "real = Double:2.5", "yes = Boolean:true", "when = String:1979-05-27T07:32:00Z",
                    "list = List[Long:1, String:two, List[Long:3]]", "hex = Long:255",
                    "map = Map{z=Long:1, a=Map{deep=Boolean:false}}", "read-only: true"),
                    page.texts("script-java > div"));
            assertEquals(List.of(), page.banners());
        }
    }

    @BothLanes
    void aTomlSrcUrlIsLoaded(Lane lane) {
        try (BrowserPage page = open(lane, "config-toml")) {
            assertEquals(List.of("from = String:a TOML file", "count = Long:3",
                    "files = Map{{DOMAIN}=String:https://example.com}", "read-only: true"),
                    page.texts("script-java > div"));
            assertEquals(List.of(), page.banners());
        }
    }

    @BothLanes
    void aConfigAttributeHoldsATomlUrlOrTomlText(Lane lane) {
        try (BrowserPage page = open(lane, "config-toml-attribute")) {
            assertEquals(List.of("from = String:a TOML file", "count = Long:3",
                    "files = Map{{DOMAIN}=String:https://example.com}", "read-only: true"),
                    page.texts("script-java > div"));
        }
        try (BrowserPage page = open(lane, "config-toml-attribute-inline")) {
            assertEquals(List.of("from = String:an attribute", "count = Long:4", "read-only: true",
                    "from = String:an attribute", "count = Long:4", "read-only: true"), page.texts("script-java > div"));
            assertEquals(List.of(), page.banners());
        }
    }

    @BothLanes
    void aPageEntryWithTomlConfigReadsTomlTextWithoutATypeAndTomlUrls(Lane lane) {
        try (BrowserPage page = open(lane, "config-toml-untyped")) {
            assertEquals(List.of("name = String:no type, no braces: TOML",
                    "fruits = List[Map{name=String:apple}, Map{name=String:banana}]", "read-only: true"),
                    page.texts("script-java > div"));
            assertEquals(List.of(), page.banners());
        }
        try (BrowserPage page = open(lane, "config-toml-page-entry-src")) {
            assertEquals(List.of("from = String:a TOML file", "count = Long:3",
                    "files = Map{{DOMAIN}=String:https://example.com}", "read-only: true"),
                    page.texts("script-java > div"));
        }
    }

    @BothLanes
    void invalidTomlIsAnErrorNamingTheLineAndNoScriptRuns(Lane lane) {
        assertBadConfig(lane, "config-toml-invalid",
                "invalid config in <java-config>: invalid TOML at line 4: 'name' is defined twice"
                        + " (no Java script runs until the config is fixed)");
    }

    @BothLanes
    void aTypeOtherThanJsonOrTomlIsAnError(Lane lane) {
        assertBadConfig(lane, "config-toml-type", "type=\"yaml\" in <java-config> must be json or toml");
    }

    @BothLanes
    void aBundleWithoutTomlConfigRefusesTomlSayingHowToReadIt(Lane lane) {
        assertBadConfig(lane, "config-toml-json-only-src", "the config URL '/test/data/settings.toml' in"
                + " <java-config src=\"/test/data/settings.toml\"> must end in .json (.toml needs @TomlConfig)");
        try (BrowserPage page = open(lane, "config-toml-json-only")) {
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), banners.toString());
            assertTrue(banners.get(0).startsWith("invalid config in <java-config>: invalid JSON: "), banners.get(0));
            assertTrue(banners.get(0).endsWith(" (no Java script runs until the config is fixed)"), banners.get(0));
            assertEquals(0, page.count("script-java"));
        }
    }

    @BothLanes
    void pluginsNotErrorTurnsBannersOffButNotTheConsole(Lane lane) {
        try (BrowserPage page = open(lane, "config-no-banners")) {
            assertEquals(List.of(), page.banners());
            assertEquals(List.of("second started", "third ran"), page.texts("script-java > div"));
            List<String> errors = page.consoleErrors();
            assertTrue(errors.stream().anyMatch(e -> e.contains("second failed")), errors.toString());
            assertTrue(errors.stream().anyMatch(e -> e.contains("no Java script named 'page/sav'")), errors.toString());
        }
    }

    private static void assertBadConfig(Lane lane, String name, String messageStart) {
        try (BrowserPage page = open(lane, name)) {
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), banners.toString());
            assertTrue(banners.get(0).startsWith(messageStart), banners.get(0));
            assertTrue(banners.get(0).endsWith("(no Java script runs until the config is fixed)"), banners.get(0));
            assertEquals("[\"all-done\"]", page.eval("window.__probe.events"), "no script ran");
            assertEquals(0, page.count("script-java"));
        }
    }
}
