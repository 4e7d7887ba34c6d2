package io.github.pekoe.examples.harness;

import com.sun.net.httpserver.HttpHandler;
import io.github.pekoe.examples.server.GalleryApi;
import io.github.pekoe.examples.server.StaticSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The one site every browser test loads from: a {@link StaticSite} on 127.0.0.1 with an ephemeral
 * port, serving the built gallery at {@code /} and the test pages with their fixture bundle at
 * {@code /test/}, with the gallery's {@link GalleryApi} at {@code /api/} (and its WebSocket echo
 * server) and the fetch and WebSocket tests' {@link TestApi} at {@code /test/api/}. The directories come from the system properties Maven's
 * surefire sets. Every response carries the gallery's Content-Security-Policy, except the test pages
 * under {@link #NO_POLICY}: there the XSS tests run with no policy, so that only Pekoe stands between
 * a payload and its execution, and an injection a policy would block still shows.
 */
public final class TestSite {

    private static final String GALLERY_DIR = "pekoe.gallery.dir";
    private static final String TEST_SITE_DIR = "pekoe.test-site.dir";
    private static final String GALLERY_BUNDLE = "app/hello.js";
    private static final String TEST_BUNDLE = "app/pekoe-test.js";
    /** Where the test pages are served a second time, without a Content-Security-Policy. */
    public static final String NO_POLICY = "/test/no-policy/";

    private TestSite() {
    }

    /** The absolute URL of {@code path} on the shared site (started on first use), e.g. {@code /test/x.html}. */
    public static String url(String path) {
        return SharedResources.get().site().url(path);
    }

    /** The built file {@code path} of the test site (e.g. {@code app/pekoe-test.js}), which must exist. */
    public static Path testFile(String path) {
        Path file = builtDir(TEST_SITE_DIR, TEST_BUNDLE).resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing " + file + ": the test site was not built");
        }
        return file;
    }

    /** The file of the lifecycle probe, which the Chromium lane injects into every page. */
    static Path probeScript() {
        Path probe = builtDir(TEST_SITE_DIR, TEST_BUNDLE).resolve("probe.js");
        if (!Files.isRegularFile(probe)) {
            throw new IllegalStateException("missing " + probe + ": the test site was not copied from src/test/site");
        }
        return probe;
    }

    /** Starts a new site over both directories and both APIs; fails with a clear message when one is not built. */
    static StaticSite start() {
        Path testDir = builtDir(TEST_SITE_DIR, TEST_BUNDLE);
        Map<String, Path> roots = Map.of(
                "/", builtDir(GALLERY_DIR, GALLERY_BUNDLE),
                "/test/", testDir);
        StaticSite site;
        try {
            site = StaticSite.start("127.0.0.1", 0, roots);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test site", e);
        }
        HttpHandler testPages = StaticSite.files(testDir);
        site.handle(NO_POLICY, exchange -> {
            exchange.getResponseHeaders().remove("Content-Security-Policy");
            testPages.handle(exchange);
        });
        try {
            TestApi.mount(site, GalleryApi.mount(site));
        } catch (IOException e) {
            site.close();
            throw new UncheckedIOException("cannot start the WebSocket echo server", e);
        }
        return site;
    }

    private static Path builtDir(String property, String bundle) {
        String dir = System.getProperty(property);
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException("system property " + property
                    + " is not set: run the browser tests through Maven (mvn verify), which sets it");
        }
        Path root = Path.of(dir).toAbsolutePath();
        if (!Files.isRegularFile(root.resolve(bundle))) {
            throw new IllegalStateException("missing " + root.resolve(bundle) + " (" + property + "): build the "
                    + "examples first; mvn verify builds the gallery and the test bundle before the tests run");
        }
        return root;
    }
}
