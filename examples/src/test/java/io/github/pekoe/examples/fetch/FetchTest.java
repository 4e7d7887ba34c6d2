package io.github.pekoe.examples.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestApi;
import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * fetch() in both lanes: HtmlUnit has no {@code fetch}, so there Pekoe goes over XMLHttpRequest;
 * Chromium uses {@code fetch}. Each scenario is a script of {@code fetch.html} (see
 * {@code FetchFixtures}) calling the {@link TestApi}; the assertions read what it displayed.
 */
class FetchTest {
    private static final String NETWORK_ERROR = "network error (the server is unreachable, refused the connection,"
            + " or CORS refused the response";

    static BrowserPage open(Lane lane, String page) {
        BrowserPage browser = lane.load(TestSite.url("/test/" + page));
        browser.waitForAllDone();
        return browser;
    }

    /** What the script of section {@code s-NAME} displayed, one entry per display() call. */
    static List<String> out(BrowserPage page, String scenario) {
        return page.texts("#s-" + scenario + " > script-java > div");
    }

    static String api(String path) {
        return TestSite.url(TestApi.CONTEXT + path);
    }

    @BothLanes
    void eachLaneTakesItsPath(Lane lane) {
        try (BrowserPage page = open(lane, "fetch.html")) {
            assertEquals(List.of("browser fetch: " + (lane == Lane.CHROMIUM)), out(page, "transport"));
            assertEquals(List.of(), page.banners());
            assertEquals(List.of(), page.pageErrors());
        }
    }

    @BothLanes
    void textComesWithStatusUrlAndHeaders(Lane lane) {
        try (BrowserPage page = open(lane, "fetch.html")) {
            assertEquals(List.of(TestApi.TEXT, "ok=true status=200 statusText=OK redirected=false", api("text"),
                    "content-type: text/plain; charset=utf-8"), out(page, "text"));
        }
    }

    @BothLanes
    void jsonBecomesJavaValuesInOrder(Lane lane) {
        try (BrowserPage page = open(lane, "fetch.html")) {
            assertEquals(List.of("Map{name=String:Pekoe, count=Long:3, ratio=Double:2.5, big=Long:9007199254740991,"
                    + " yes=Boolean:true, none=null, list=List[Long:1, String:two, List[Long:3]],"
                    + " map=Map{z=Long:1, a=Map{deep=Boolean:false}}}",
                    "{'name': 'Pekoe', 'count': 3, 'ratio': 2.5, 'big': 9007199254740991, 'yes': true, 'none': null,"
                    + " 'list': [1, 'two', [3]], 'map': {'z': 1, 'a': {'deep': false}}}",
                    "name=Pekoe keys=[name, count, ratio, big, yes, none, list, map]"), out(page, "json"));
        }
    }

    @BothLanes
    void bytesArrayBufferBlobAndDataUrlHoldTheBody(Lane lane) {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        try (BrowserPage page = open(lane, "fetch.html")) {
            assertEquals(List.of("bytes: 256, 0 to 255 in order: true", "arrayBuffer: 256",
                    "blob: 256 application/octet-stream",
                    "dataUrl: data:application/octet-stream;base64," + java.util.Base64.getEncoder().encodeToString(all),
                    "dataUrl of text: data:text/plain; charset=utf-8;base64,"), out(page, "bytes"));
        }
    }

    @BothLanes
    void methodsSendTheirBodiesWithTheRightContentType(Lane lane) {
        try (BrowserPage page = open(lane, "fetch.html")) {
            String form = "{\"name\":\"Ada\",\"cups\":2}";
            assertEquals(List.of(
                    "POST length=14 sum=1576 text=plain text \u2615 type=text/plain;charset=UTF-8",
                    "PUT length=7 sum=873 text=tea \u2615",
                    "DELETE length=0 sum=0 text=",
                    "POST length=23 sum=1784 text=" + form + " type=application/json",
                    "PATCH length=14 sum=1183 text=[1,\"two\",true] type=application/json",
                    "POST length=23 sum=1784 text=" + form + " type=application/vnd.pekoe+json"),
                    out(page, "methods"));
        }
    }

    @BothLanes
    void requestHeadersReachTheServerAndResponseHeadersIgnoreCase(Lane lane) {
        try (BrowserPage page = open(lane, "fetch.html")) {
            assertEquals(List.of("the server saw X-Pekoe-Test: custom value",
                    "X-PEKOE-ANSWER=42 x-pekoe-answer=42 has=true missing=null", "x-multi=one, two",
                    "names are lower case: true"), out(page, "headers"));
        }
    }

    @BothLanes
    void httpErrorStatusesAreResponsesNotExceptions(Lane lane) {
        try (BrowserPage page = open(lane, "fetch.html")) {
            assertEquals(List.of("ok=false status=404 statusText=Not Found", "json: Map{error=String:status 404}",
                    "ok=false status=500 statusText=Internal Server Error", "text: {\"error\":\"status 503\"}"),
                    out(page, "status"));
        }
    }

    /**
     * Redirects are followed in both lanes, and both report the final URL (HtmlUnit's XMLHttpRequest
     * has {@code responseURL} since 5.7). Without the browser's fetch, {@code redirect("error")} and
     * {@code "manual"} are refused up front rather than ignored.
     */
    @BothLanes
    void redirectsAreFollowed(Lane lane) {
        try (BrowserPage page = open(lane, "fetch.html")) {
            List<String> redirect = out(page, "redirect");
            assertEquals("plain: redirected=false", redirect.get(2));
            assertEquals(List.of("redirected=true text=" + TestApi.TEXT, api("text")), redirect.subList(0, 2));
            assertEquals("NETWORK: GET " + api("redirect") + " failed: " + NETWORK_ERROR
                    + ", or it redirected and redirect is \"error\")", redirect.get(3));
            if (lane == Lane.CHROMIUM) {
                assertEquals(List.of("manual: status=0 ok=false"), out(page, "redirect-manual"));
            } else {
                assertEquals(List.of("manual: redirect(\"manual\") needs the browser's fetch, which this browser lacks;"
                        + " leave redirect at \"follow\""), out(page, "redirect-manual"));
            }
        }
    }

    /** The connection drops after a 200 and part of the body: not "the server is unreachable". */
    @BothLanes
    void aBodyCutShortAfterTheHeadersSaysSo(Lane lane) {
        try (BrowserPage page = open(lane, "fetch.html")) {
            assertEquals(List.of("NETWORK: GET <cut-url> failed: the connection broke while the body"
                    + " was arriving (after status 200 and its headers): the body was cut short"), out(page, "cut-body"));
        }
    }

    /** The server accepts the connection, then resets it instead of answering. */
    @BothLanes
    void aResetConnectionThrowsNamingTheUrlAndTheNextFetchWorks(Lane lane) {
        try (BrowserPage page = open(lane, "fetch.html")) {
            assertEquals(List.of("NETWORK: GET <reset-url> failed: " + NETWORK_ERROR + ")",
                    "after: " + TestApi.TEXT), out(page, "reset"));
        }
    }

    @BothLanes
    void aClosedPortOrACorsRefusalThrowsNamingTheUrl(Lane lane) {
        int corsHits = TestApi.corsHits();
        try (BrowserPage page = open(lane, "fetch.html")) {
            assertEquals(List.of("NETWORK: GET <closed-url> failed: " + NETWORK_ERROR + ")", "url(): true"),
                    out(page, "closed-port"));
            assertEquals(List.of("NETWORK, names the URL: true"), out(page, "cross-origin"));
            assertTrue(TestApi.corsHits() > corsHits, "the cross-origin request reached the server: CORS refused it");
        }
    }

    @BothLanes
    void invalidJsonThrowsAndTheBodyStaysReadable(Lane lane) {
        try (BrowserPage page = open(lane, "fetch.html")) {
            List<String> lines = out(page, "invalid-json");
            assertTrue(lines.get(0).startsWith("INVALID_JSON: GET " + api("invalid-json") + " failed: invalid JSON: "),
                    lines.get(0));
            assertEquals(List.of("text after the failed json(): {not json", "in one call: INVALID_JSON"),
                    lines.subList(1, 3));
        }
    }

    @BothLanes
    void aBodyReadsAnyNumberOfTimesAsFreshCopies(Lane lane) {
        try (BrowserPage page = open(lane, "fetch.html")) {
            assertEquals(List.of("text twice: true, bytes twice: true, fresh copies: true, json after text: true",
                    "changing a copy changes nothing: true"), out(page, "read-twice"));
        }
    }

    @BothLanes
    void optionsAreCheckedAndPassedOn(Lane lane) {
        try (BrowserPage page = open(lane, "fetch.html")) {
            assertEquals(List.of(TestApi.TEXT, TestApi.TEXT,
                    "mode must be one of cors, no-cors, same-origin, not 'sideways'",
                    "the timeout must be 0 (none) or more milliseconds, not -1",
                    "a GET request cannot have a body; use POST or PUT",
                    "fetch: 'http://[not a host' is not a valid URL",
                    "not a valid HTTP header: 'bad name: x'",
                    "cannot convert 9223372036854775807 exactly: JavaScript numbers hold whole numbers up to 2^53 - 1;"
                    + " send it as a String",
                    "cannot convert NaN: JavaScript data needs finite numbers",
                    "cannot convert a java.lang.Object to JavaScript data",
                    "a value nested more than 512 levels deep cannot be converted (does a map, list or array contain"
                    + " itself?)",
                    "'BAD METHOD' is not an HTTP method: a method is a token (letters, digits and !#$%&'*+-.^_`|~,"
                    + " not empty)",
                    "browsers forbid the HTTP method connect; nothing would be sent",
                    "browsers forbid the HTTP method TRACE; nothing would be sent",
                    "fetch: the URL must not be null",
                    "fetch: the URL 'javascript:alert(1)' has the scheme 'javascript:'; fetch takes http:, https:, data:"
                    + " and blob: URLs",
                    "fetch: the URL 'ftp://127.0.0.1/x' has the scheme 'ftp:'; fetch takes http:, https:, data: and"
                    + " blob: URLs",
                    "a data URL",
                    "{\"__proto__\":{\"isAdmin\":true}}"), out(page, "options"));
        }
    }

    @BothLanes
    void callbacksTakeTheResponseOrTheFailureWithoutBlocking(Lane lane) {
        try (BrowserPage page = open(lane, "fetch.html")) {
            assertEquals(List.of("then(...) returned at once"), out(page, "callbacks"));
            page.waitFor("document.getElementById('then-ok').textContent !== ''"
                    + " && document.getElementById('then-failed').textContent !== ''");
            assertEquals("then: 200 " + TestApi.TEXT, page.text("#then-ok"));
            assertEquals("failed: NETWORK", page.text("#then-failed"));
        }
    }

    @BothLanes
    void aTimeoutAndAnAbortThrow(Lane lane) {
        try (BrowserPage page = open(lane, "fetch-timing.html")) {
            assertEquals(List.of("TIMEOUT: GET " + api("slow") + " failed: timed out: no response within 200 ms"),
                    out(page, "timeout"));
            assertEquals(List.of("ABORTED: GET " + api("slow") + " failed: aborted", "aborted(): true",
                    "a later fetch with the handle: ABORTED"), out(page, "abort"));
        }
    }

    @BothLanes
    void aTenMegabyteBodyArrivesIntact(Lane lane) {
        try (BrowserPage page = open(lane, "fetch-large.html")) {
            assertEquals(List.of("length: 10485760 of 10485760", "bytes checked: all match"),
                    page.texts("script-java > div"));
        }
    }

    /**
     * DOM listeners run outside Java threads: the callback form works there, a blocking call fails
     * with advice, {@code abort()} works, and a callback's exception becomes a banner. (HtmlUnit
     * delivers the abort only once the slow answer is in: it runs no script while a request waits.)
     */
    @BothLanes
    void listenersUseCallbacksAndCannotBlock(Lane lane) {
        try (BrowserPage page = open(lane, "fetch-listener.html")) {
            page.click("#abort-go");
            page.click("#then-go");
            page.click("#block-go");
            page.click("#throw-go");
            page.waitFor("document.getElementById('abort-box').textContent !== ''"
                    + " && document.getElementById('then-box').textContent !== ''"
                    + " && document.querySelectorAll('.java-error').length > 0");
            assertEquals("ABORTED by a click", page.text("#abort-box"));
            assertEquals("from a listener: " + TestApi.TEXT, page.text("#then-box"));
            assertEquals("fetch(...) must wait for the response, and this code cannot wait: it runs outside a Java"
                    + " thread (in a DOM event listener or a callback). Use fetch(...).then(...), or start a thread:"
                    + " new Thread(() -> ...).start()", page.text("#block-box"));
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), banners.toString());
            assertTrue(banners.get(0).startsWith("fetch(\"" + TestSite.url("/test/api/text") + "\").then(...):"
                    + " java.lang.IllegalStateException: thrown in a then callback"),
                    banners.get(0));
            assertEquals(List.of(), page.pageErrors());
        }
    }
}
