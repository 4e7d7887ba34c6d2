package io.github.pekoe.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A test class's own site server: its files, header and route, on the JVM and in both lanes. */
class SiteServerTest {

    private static final String POLICY = "script-src 'self'; object-src 'none'";

    @RegisterExtension
    static final SiteServer SITE = SiteServer.over(Path.of(System.getProperty("pekoe.testing.site")))
            .header("Content-Security-Policy", POLICY)
            .route("/api/greeting", exchange -> {
                byte[] body = "hi from the route".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void servesFilesWithTheirTypeAndTheHeaderOnLoopback() throws Exception {
        assertTrue(SITE.url("/hello.html").startsWith("http://127.0.0.1:"), SITE.url("/hello.html"));
        HttpResponse<String> page = get("/hello.html");
        assertEquals(200, page.statusCode());
        assertEquals(Optional.of("text/html; charset=utf-8"), page.headers().firstValue("Content-Type"));
        assertEquals(Optional.of(POLICY), page.headers().firstValue("Content-Security-Policy"));
        assertTrue(page.body().contains("<title>Hello</title>"));
        assertEquals(Optional.of("text/javascript; charset=utf-8"), get("/app/mimic.js").headers().firstValue("Content-Type"));
    }

    @Test
    void answersRoutesWithTheHeaderAnd404ForWhatIsMissing() throws Exception {
        HttpResponse<String> route = get("/api/greeting");
        assertEquals("hi from the route", route.body());
        assertEquals(Optional.of(POLICY), route.headers().firstValue("Content-Security-Policy"));
        assertEquals(404, get("/missing.html").statusCode());
        assertEquals(404, get("/app/../../site-outside.txt").statusCode());
    }

    @Test
    void refusesConfigurationOnceRunning() {
        SITE.start();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SITE.header("X-Late", "1"));
        assertTrue(e.getMessage().startsWith("cannot add header X-Late: the server over "), e.getMessage());
    }

    @Test
    void aMissingDirectoryIsNamed() {
        try (SiteServer missing = SiteServer.over(Path.of("target/no-such-site"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, missing::start);
            assertTrue(e.getMessage().startsWith("no site to serve: "), e.getMessage());
            assertTrue(e.getMessage().contains("no-such-site is not a directory"), e.getMessage());
        }
    }

    @BothLanes
    void theLanesOpenPagesOnTheClassSite(Lane lane) {
        try (BrowserPage page = lane.open("/hello.html")) {
            assertEquals((long) SITE.port(), page.eval("Number(location.port)"));
            assertEquals("hi from the route", page.eval("(function () { var x = new XMLHttpRequest();"
                    + " x.open('GET', '/api/greeting', false); x.send(); return x.responseText; })()"));
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(SITE.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
