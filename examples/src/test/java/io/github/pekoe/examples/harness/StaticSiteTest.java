package io.github.pekoe.examples.harness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.server.StaticSite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The static server on the JVM alone: a temporary directory, {@link HttpClient}, no browser. */
class StaticSiteTest {

    private static final String SCRIPT = "console.log('hello from a script that is long enough to compress well');\n".repeat(20);

    private final HttpClient client = HttpClient.newHttpClient();
    private StaticSite site;

    @BeforeEach
    void start(@TempDir Path tmp) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("site"));
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.writeString(root.resolve("index.html"), "<p>home</p>");
        Files.writeString(root.resolve("page.html"), "<p>page</p>");
        Files.writeString(root.resolve("app.js"), SCRIPT);
        Files.write(root.resolve("pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.writeString(Files.createDirectories(root.resolve("sub")).resolve("index.html"), "<p>sub</p>");
        Files.writeString(other.resolve("page.html"), "<p>other</p>");
        for (String name : new String[] {"a.css", "a.json", "A.java", "a.jpeg", "a.jpg", "a.svg", "a.js.map", "a.wasm", "a.txt",
            "a.csv", "a.toml", "a.zip", "a.tar.gz"}) {
            Files.writeString(root.resolve(name), "x");
        }
        site = StaticSite.start("127.0.0.1", 0, Map.of("/", root, "/test/", other));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/page.html | text/html; charset=utf-8",
        "/app.js    | text/javascript; charset=utf-8",
        "/a.css     | text/css; charset=utf-8",
        "/a.json    | application/json; charset=utf-8",
        "/A.java    | text/plain; charset=utf-8",
        "/a.txt     | text/plain; charset=utf-8",
        "/pic.png   | image/png",
        "/a.jpeg    | image/jpeg",
        "/a.jpg     | image/jpeg",
        "/a.svg     | image/svg+xml",
        "/a.js.map  | application/json; charset=utf-8",
        "/a.wasm    | application/wasm",
        "/a.csv     | text/csv; charset=utf-8",
        "/a.toml    | application/toml; charset=utf-8",
        "/a.zip     | application/zip",
        "/a.tar.gz  | application/gzip"})
    void servesEachTypeWithItsContentType(String path, String type) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertEquals(200, response.statusCode());
        assertEquals(Optional.of(type), response.headers().firstValue("Content-Type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/page.html", "/missing.html", "/test/page.html", "/api/ping"})
    void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
        site.handle("/api/", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        HttpResponse<byte[]> response = get(path);
        assertEquals(Optional.of("script-src 'self'; object-src 'none'; style-src 'self';"
                + " require-trusted-types-for 'script'; trusted-types pekoe"),
                response.headers().firstValue("Content-Security-Policy"));
        assertEquals(Optional.of("nosniff"), response.headers().firstValue("X-Content-Type-Options"));
        assertEquals(Optional.of("no-cache"), response.headers().firstValue("Cache-Control"));
    }

    @Test
    void gzipsTextWhenAccepted() throws Exception {
        HttpResponse<byte[]> response = send(request("/app.js").header("Accept-Encoding", "br, gzip;q=0.8"));
        assertEquals(Optional.of("gzip"), response.headers().firstValue("Content-Encoding"));
        assertEquals(Optional.of("Accept-Encoding"), response.headers().firstValue("Vary"));
        assertTrue(response.body().length < SCRIPT.length() / 4);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertEquals(SCRIPT, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void doesNotGzipWhenNotAcceptedOrNotText() throws Exception {
        HttpResponse<byte[]> plain = get("/app.js");
        assertEquals(Optional.empty(), plain.headers().firstValue("Content-Encoding"));
        assertEquals(SCRIPT, new String(plain.body(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> refused = send(request("/app.js").header("Accept-Encoding", "gzip;q=0"));
        assertEquals(Optional.empty(), refused.headers().firstValue("Content-Encoding"));
        HttpResponse<byte[]> image = send(request("/pic.png").header("Accept-Encoding", "gzip"));
        assertEquals(Optional.empty(), image.headers().firstValue("Content-Encoding"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, image.body());
    }

    @Test
    void servesIndexForDirectoriesAndMountsPrefixes() throws Exception {
        assertEquals("<p>home</p>", body(get("/")));
        assertEquals("<p>sub</p>", body(get("/sub/")));
        assertEquals("<p>other</p>", body(get("/test/page.html")));
        HttpResponse<byte[]> redirect = get("/sub");
        assertEquals(301, redirect.statusCode());
        assertEquals(Optional.of("/sub/"), redirect.headers().firstValue("Location"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/missing.html", "/test/index.html", "/sub/missing/", "/page.html/x"})
    void answers404ForMissingFiles(String path) throws Exception {
        assertEquals(404, get(path).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/%2e%2e/secret.txt", "/sub/..%2f..%2f..%2fsecret.txt",
        "/test/../../secret.txt", "/test/%2E%2E/%2e%2e/secret.txt", "/sub/%5c..%5c..%5csecret.txt", "/..%5c..%5csecret.txt", "/%2fetc%2fpasswd", "//etc/passwd"})
    void answers404ForPathTraversal(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertEquals(404, response.statusCode(), () -> path + " gave " + body(response));
    }

    @Test
    void refusesOtherMethodsWith405() throws Exception {
        HttpResponse<byte[]> response = send(request("/page.html").POST(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(405, response.statusCode());
        assertEquals(Optional.of("GET, HEAD"), response.headers().firstValue("Allow"));
    }

    @Test
    void answersHeadWithoutBody() throws Exception {
        HttpResponse<byte[]> response = send(request("/app.js").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, response.statusCode());
        assertEquals(Optional.of("text/javascript; charset=utf-8"), response.headers().firstValue("Content-Type"));
        assertEquals(Optional.of(Integer.toString(SCRIPT.length())), response.headers().firstValue("Content-Length"));
        assertEquals(0, response.body().length);
    }

    @Test
    void servesExtraHandlersAddedWhileRunning() throws Exception {
        site.handle("/api/", exchange -> {
            byte[] json = "{\"pong\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, json.length);
            exchange.getResponseBody().write(json);
            exchange.close();
        });
        HttpResponse<byte[]> response = get("/api/ping");
        assertEquals("{\"pong\":true}", body(response));
        assertEquals("<p>page</p>", body(get("/page.html")));
    }

    @Test
    void buildsUrlsAndStopsAtOnce() throws Exception {
        assertEquals("http://127.0.0.1:" + site.port() + "/page.html", site.url("/page.html"));
        assertEquals(site.url("/page.html"), site.url("page.html"));
        site.close();
        assertThrows(IOException.class, () -> HttpClient.newHttpClient().send(request("/page.html").build(),
                HttpResponse.BodyHandlers.ofByteArray()));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(site.url(path)));
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(request(path));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
