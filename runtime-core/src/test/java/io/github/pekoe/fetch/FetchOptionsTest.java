package io.github.pekoe.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks and defaults of FetchOptions that need no browser, on the JVM. */
class FetchOptionsTest {

    @Test
    void defaultsAreAPlainGetWithNoHeaders() {
        FetchOptions options = new FetchOptions();
        assertEquals("GET", options.method());
        assertEquals(List.of(), options.headerList());
        assertEquals(0, options.timeout());
        assertEquals(null, options.credentials());
        options.check();
    }

    @Test
    void headersKeepOrderAndRepeats() {
        Map<String, String> more = new LinkedHashMap<>();
        more.put("Accept", "application/json");
        more.put("X-B", "2");
        FetchOptions options = new FetchOptions().header("X-A", "1").header("X-A", "again").headers(more);
        assertEquals(List.of("X-A", "1", "X-A", "again", "Accept", "application/json", "X-B", "2"), options.headerList());
    }

    @Test
    void aTextBodyIsSentAsUtf8TextUnlessAHeaderSaysOtherwise() {
        assertEquals(List.of("Content-Type", "text/plain;charset=UTF-8"),
                new FetchOptions().method("POST").body("hi").headerList());
        assertEquals(List.of("content-TYPE", "text/csv"),
                new FetchOptions().method("POST").header("content-TYPE", "text/csv").body("a,b").headerList());
        assertEquals(List.of(), new FetchOptions().method("PUT").body(new byte[] {1}).headerList(),
                "bytes go without a type, as the browser sends them");
    }

    @Test
    void aLaterBodyReplacesAnEarlierOne() {
        assertEquals(List.of(), new FetchOptions().method("POST").body("text").body(new byte[0]).headerList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "get", "HEAD", "Head"})
    void getAndHeadCannotHaveABody(String method) {
        FetchOptions options = new FetchOptions().method(method).body("x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, options::check);
        assertEquals("a " + method + " request cannot have a body; use POST or PUT", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
    void otherMethodsMayHaveABody(String method) {
        new FetchOptions().method(method).body("x").check();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "credentials | sometimes | credentials must be one of omit, same-origin, include",
        "mode        | navigate  | mode must be one of cors, no-cors, same-origin",
        "cache       | no store  | cache must be one of default, no-store, reload, no-cache, force-cache, only-if-cached",
        "redirect    | ''        | redirect must be one of follow, error, manual"})
    void enumeratedOptionsTakeTheBrowsersValuesOnly(String option, String wrong, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> set(new FetchOptions(), option, wrong));
        assertEquals(message + ", not '" + wrong + "'", e.getMessage());
    }

    @Test
    void validValuesAreKept() {
        FetchOptions options = new FetchOptions().credentials("include").mode("no-cors").cache("only-if-cached")
                .redirect("manual").timeout(250);
        assertEquals("include", options.credentials());
        assertEquals("no-cors", options.mode());
        assertEquals("only-if-cached", options.cache());
        assertEquals("manual", options.redirect());
        assertEquals(250, options.timeout());
    }

    @Test
    void badMethodsHeadersAndTimeoutsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FetchOptions().method(""));
        assertThrows(IllegalArgumentException.class, () -> new FetchOptions().method(null));
        assertThrows(IllegalArgumentException.class, () -> new FetchOptions().header("X-A", null));
        assertThrows(IllegalArgumentException.class, () -> new FetchOptions().header(null, "x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FetchOptions().timeout(-5));
        assertEquals("the timeout must be 0 (none) or more milliseconds, not -5", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bad name", "X-\u00c4", "X:Y", "X-A\n", "(x)"})
    void headerNamesMustBeHttpTokens(String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FetchOptions().header(name, "v"));
        assertEquals("not a valid HTTP header: '" + name + ": v'", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\rb", "a\nb", "a\u0000b"})
    void headerValuesMustBeOneLine(String value) {
        assertThrows(IllegalArgumentException.class, () -> new FetchOptions().header("X-A", value));
    }

    @Test
    void tokenCharactersAreAllowedInNames() {
        assertEquals(List.of("X-Odd!#$%&'*+.^_`|~9", "ok"), new FetchOptions().header("X-Odd!#$%&'*+.^_`|~9", "ok").headerList());
    }

    @Test
    void theSignalIsKept() {
        AbortHandle handle = new AbortHandle();
        assertEquals(handle, new FetchOptions().signal(handle).signal());
    }

    private static void set(FetchOptions options, String option, String value) {
        switch (option) {
            case "credentials" -> options.credentials(value);
            case "mode" -> options.mode(value);
            case "cache" -> options.cache(value);
            default -> options.redirect(value);
        }
    }
}
