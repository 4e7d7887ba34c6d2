package io.github.pekoe.internal.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.testing.PageJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigTextTest {

    private static final String ORIGIN = "<py-config> #2";

    // ---------------------------------------------------------------------------------------------
    // check

    @Test
    void checkAcceptsAMapAndKeepsItsMembersInOrder() {
        Map<String, Object> parsed = PageJson.parseObject("{\"name\":\"demo\",\"packages\":[\"a\",\"b\"],\"debug\":true}");
        Map<String, Object> config = ConfigText.check(parsed, ORIGIN);
        assertEquals(List.of("name", "packages", "debug"), new ArrayList<>(config.keySet()));
        assertEquals("demo", config.get("name"));
        assertEquals(List.of("a", "b"), config.get("packages"));
        assertEquals(Boolean.TRUE, config.get("debug"));
    }

    @Test
    void checkAcceptsAnEmptyMap() {
        assertTrue(ConfigText.check(new HashMap<>(), ORIGIN).isEmpty());
    }

    @Test
    void checkReturnsADeeplyReadOnlyMap() {
        Map<String, Object> config = ConfigText.check(
                PageJson.parse("{\"plugins\":[\"!error\",{\"x\":[1]}],\"files\":{\"a.txt\":\"./a.txt\"}}"), ORIGIN);

        assertThrows(UnsupportedOperationException.class, () -> config.put("new", 1));
        assertThrows(UnsupportedOperationException.class, () -> config.remove("plugins"));
        List<?> plugins = (List<?>) config.get("plugins");
        assertThrows(UnsupportedOperationException.class, () -> plugins.remove(0));
        @SuppressWarnings("unchecked")
        Map<String, Object> nested = (Map<String, Object>) plugins.get(1);
        assertThrows(UnsupportedOperationException.class, () -> nested.put("y", 2));
        @SuppressWarnings("unchecked")
        List<Object> deepest = (List<Object>) nested.get("x");
        assertThrows(UnsupportedOperationException.class, () -> deepest.add(2));
        @SuppressWarnings("unchecked")
        Map<String, Object> files = (Map<String, Object>) config.get("files");
        assertThrows(UnsupportedOperationException.class, files::clear);
    }

    @Test
    void checkCopiesSoLaterChangesToTheParsedValueDoNotShowThrough() {
        Map<String, Object> parsed = new LinkedHashMap<>();
        List<Object> packages = new ArrayList<>(List.of("numpy"));
        parsed.put("packages", packages);
        Map<String, Object> config = ConfigText.check(parsed, ORIGIN);

        parsed.put("added", true);
        packages.add("pandas");

        assertFalse(config.containsKey("added"));
        assertEquals(List.of("numpy"), config.get("packages"));
    }

    @Test
    void checkRejectsAnArrayNamingTheOriginAndTheKind() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigText.check(Arrays.asList(1, 2), "config.json"));
        assertEquals("the config in config.json must be a JSON object, not an array", e.getMessage());
    }

    @Test
    void checkRejectsAStringNamingTheOriginAndTheKind() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigText.check("{}", ORIGIN));
        assertEquals("the config in " + ORIGIN + " must be a JSON object, not a string", e.getMessage());
    }

    @Test
    void checkRejectsNumbersNamingTheOriginAndTheKind() {
        for (Object number : List.of(42L, 1.5d, 7)) {
            ConfigException e = assertThrows(ConfigException.class, () -> ConfigText.check(number, "inline config"));
            assertEquals("the config in inline config must be a JSON object, not a number", e.getMessage(),
                    "for " + number.getClass());
        }
    }

    @Test
    void checkRejectsABooleanNamingTheOriginAndTheKind() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigText.check(false, ORIGIN));
        assertEquals("the config in " + ORIGIN + " must be a JSON object, not false", e.getMessage());
    }

    @Test
    void checkRejectsNullNamingTheOriginAndTheKind() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigText.check(null, "./conf.json"));
        assertEquals("the config in ./conf.json must be a JSON object, not null", e.getMessage());
    }

    @Test
    void checkRejectsParsedJsonThatIsNotAnObject() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigText.check(PageJson.parse("[]"), ORIGIN));
        assertTrue(e.getMessage().endsWith("not an array"), e.getMessage());
    }

    @Test
    void configExceptionIsARuntimeExceptionWithTheGivenMessage() {
        ConfigException e = new ConfigException("msg");
        assertEquals("msg", e.getMessage());
        assertTrue(e instanceof RuntimeException);
    }

    // ---------------------------------------------------------------------------------------------
    // isInline

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"a\": 1}", "[1]", "   {\"a\":1}", "\n\t[ ]", "{"})
    void isInlineForTextStartingWithABraceOrBracket(String value) {
        assertTrue(ConfigText.isInline(value), value);
        assertTrue(ConfigText.isInlineJsonOrToml(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"config.json", "./config.json", "https://example.com/{x}.json", "", "   ", "x{}",
        "config.toml", "config.json?v=2", "settings.toml#a=b", "x.yaml"})
    void isNotInlineForUrls(String value) {
        assertFalse(ConfigText.isInline(value), value);
        assertFalse(ConfigText.isInlineJsonOrToml(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a = 1", "a=1", "x.y = 'z.json'", "name = \"x.json\"", "one\ntwo.json"})
    void isInlineJsonOrTomlAlsoForTomlText(String value) {
        assertTrue(ConfigText.isInlineJsonOrToml(value), value);
        assertFalse(ConfigText.isInline(value), value);
    }

    // ---------------------------------------------------------------------------------------------
    // checkUrl (JSON-only bundles) and checkJsonOrTomlUrl

    private static final String JSON_ONLY = " (.toml needs @TomlConfig)";

    @ParameterizedTest
    @ValueSource(strings = {"config.json", "./conf/config.json", "https://example.com/a/b.json",
        "config.json?v=2", "config.json#section", "config.json?v=2#section", "config.json#a?b",
        "CONFIG.JSON", "Config.Json?x=.toml", "  config.json  ", "/abs/x.jSoN"})
    void bothAcceptJsonUrls(String url) {
        assertDoesNotThrow(() -> ConfigText.checkUrl(url, ORIGIN));
        assertDoesNotThrow(() -> ConfigText.checkJsonOrTomlUrl(url, ORIGIN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pyscript.toml", "config.toml?x=.json", "config.toml#.json", "./a/B.TOML"})
    void checkJsonOrTomlUrlAcceptsTomlUrlsThatAJsonOnlyBundleRefuses(String url) {
        assertDoesNotThrow(() -> ConfigText.checkJsonOrTomlUrl(url, ORIGIN));
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigText.checkUrl(url, ORIGIN));
        assertEquals("the config URL '" + url + "' in " + ORIGIN + " must end in .json" + JSON_ONLY, e.getMessage());
    }

    @Test
    void checkUrlsRejectOtherExtensionsNamingTheUrlAndOrigin() {
        String origin = "<script type=\"java\" config>";
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigText.checkJsonOrTomlUrl("pyscript.yaml", origin));
        assertEquals("the config URL 'pyscript.yaml' in " + origin + " must end in .json or .toml", e.getMessage());
        e = assertThrows(ConfigException.class, () -> ConfigText.checkUrl("pyscript.yaml", origin));
        assertEquals("the config URL 'pyscript.yaml' in " + origin + " must end in .json" + JSON_ONLY, e.getMessage());
    }

    @Test
    void checkUrlRejectsANameWithoutExtension() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigText.checkJsonOrTomlUrl("config", ORIGIN));
        assertEquals("the config URL 'config' in " + ORIGIN + " must end in .json or .toml", e.getMessage());
    }

    @Test
    void checkUrlRejectsTheEmptyUrlNamingTheOrigin() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigText.checkUrl("", ORIGIN));
        assertEquals("the config URL in " + ORIGIN + " is empty", e.getMessage());
        e = assertThrows(ConfigException.class, () -> ConfigText.checkJsonOrTomlUrl("", ORIGIN));
        assertEquals("the config URL in " + ORIGIN + " is empty", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"   ", "?v=1", "#frag"})
    void checkUrlTreatsBlankOrQueryOnlyUrlsAsEmpty(String url) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigText.checkJsonOrTomlUrl(url, ORIGIN));
        assertEquals("the config URL in " + ORIGIN + " is empty", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"config.yaml?x=.json", "config.ini#.toml", "config.json/", "config.json5", "json",
        "config.jsonx?x", "config.js", "config.tom", "toml"})
    void checkJsonOrTomlUrlRejectsUrlsWhosePathEndsInNeither(String url) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigText.checkJsonOrTomlUrl(url, ORIGIN));
        assertEquals("the config URL '" + url + "' in " + ORIGIN + " must end in .json or .toml", e.getMessage());
    }

    @Test
    void checkUrlNamesTheTrimmedUrl() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigText.checkJsonOrTomlUrl("  a.yaml \n", ORIGIN));
        assertTrue(e.getMessage().startsWith("the config URL 'a.yaml' in "), e.getMessage());
    }

    // ---------------------------------------------------------------------------------------------
    // isToml

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        // type | url | text | TOML?
        "NULL | NULL | {\"a\": 1} | false",
        "NULL | NULL | '  {\"a\": 1}\n ' | false",
        "NULL | NULL | a = 1 | true",
        "NULL | NULL | [1, 2] | true",
        "NULL | NULL | [files] | true",
        "NULL | NULL | {\"a\": 1} # x | true",
        "NULL | NULL | '' | true",
        "toml | NULL | {\"a\": 1} | true",
        "json | NULL | [1, 2] | false",
        "' TOML ' | NULL | a = 1 | true",
        "Json | NULL | a = 1 | false",
        "NULL | conf.json | NULL | false",
        "NULL | conf.TOML?v=1 | NULL | true",
        "toml | pyscript.toml | NULL | true",
        "json | a/config.json#x | NULL | false"})
    void isTomlFollowsTheTypeThenTheExtensionThenTheBraces(String type, String url, String text, boolean toml) {
        assertEquals(toml, ConfigText.isToml(type, url, text, ORIGIN));
    }

    @Test
    void isTomlRejectsAnotherType() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigText.isToml("yaml", null, "a: 1", ORIGIN));
        assertEquals("type=\"yaml\" in " + ORIGIN + " must be json or toml", e.getMessage());
    }

    @Test
    void isTomlRejectsATypeThatIsNotTheUrlsExtension() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigText.isToml("toml", " config.json ", null, ORIGIN));
        assertEquals("the config URL 'config.json' in " + ORIGIN + " is not toml", e.getMessage());
        e = assertThrows(ConfigException.class, () -> ConfigText.isToml("json", "pyscript.toml", null, ORIGIN));
        assertEquals("the config URL 'pyscript.toml' in " + ORIGIN + " is not json", e.getMessage());
    }

    // ---------------------------------------------------------------------------------------------
    // bannersEnabled

    @Test
    void bannersAreOffWhenPluginsListNotError() {
        assertFalse(ConfigText.bannersEnabled(PageJson.parseObject("{\"plugins\": [\"!error\"]}")));
    }

    @Test
    void bannersAreOffWhenNotErrorIsAmongOtherPlugins() {
        assertFalse(ConfigText.bannersEnabled(PageJson.parseObject("{\"plugins\": [\"a\", \"!error\", \"b\"]}")));
    }

    @Test
    void bannersStayOnForOtherPlugins() {
        assertTrue(ConfigText.bannersEnabled(PageJson.parseObject("{\"plugins\": [\"error\", \"!other\", \"!ERROR\"]}")));
        assertTrue(ConfigText.bannersEnabled(PageJson.parseObject("{\"plugins\": []}")));
        assertTrue(ConfigText.bannersEnabled(PageJson.parseObject("{\"plugins\": [null, 1, [\"!error\"]]}")));
    }

    @Test
    void bannersStayOnWithoutAPluginsKey() {
        assertTrue(ConfigText.bannersEnabled(Map.of()));
        assertTrue(ConfigText.bannersEnabled(PageJson.parseObject("{\"packages\": [\"!error\"]}")));
    }

    @Test
    void bannersStayOnWhenPluginsIsNotAList() {
        assertTrue(ConfigText.bannersEnabled(PageJson.parseObject("{\"plugins\": \"!error\"}")));
        assertTrue(ConfigText.bannersEnabled(PageJson.parseObject("{\"plugins\": {\"!error\": true}}")));
        assertTrue(ConfigText.bannersEnabled(PageJson.parseObject("{\"plugins\": null}")));
        assertTrue(ConfigText.bannersEnabled(PageJson.parseObject("{\"plugins\": 0}")));
    }

    @Test
    void bannersWorkOnACheckedReadOnlyConfig() {
        Map<String, Object> config = ConfigText.check(PageJson.parse("{\"plugins\": [\"!error\"]}"), ORIGIN);
        assertFalse(ConfigText.bannersEnabled(config));
    }
}
