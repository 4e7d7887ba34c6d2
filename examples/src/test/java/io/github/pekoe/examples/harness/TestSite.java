package io.github.pekoe.examples.harness;

import com.sun.net.httpserver.HttpHandler;
import io.github.pekoe.examples.server.GalleryApi;
import io.github.pekoe.examples.server.Replies;
import io.github.pekoe.examples.server.StaticSite;
import io.github.pekoe.testing.Site;
import io.github.pekoe.testing.SiteProvider;
import java.io.IOException;
import java.io.InputStream;
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
 * a payload and its execution, and an injection a policy would block still shows. It is the suite's
 * {@link SiteProvider} (named in {@code META-INF/services}), so every lane opens its paths here, and it
 * serves {@code /test/probe.js}, which the test pages load, from the testing module's lifecycle probe.
 */
public final class TestSite implements SiteProvider {

    private static final String GALLERY_DIR = "pekoe.gallery.dir";
    private static final String TEST_SITE_DIR = "pekoe.test-site.dir";
    private static final String GALLERY_BUNDLE = "app/hello.js";
    private static final String TEST_BUNDLE = "app/pekoe-test.js";
    /** Where the test pages are served a second time, without a Content-Security-Policy. */
    public static final String NO_POLICY = "/test/no-policy/";
    /** The lifecycle probe of the testing module, on the class path. */
    private static final String PROBE = "/io/github/pekoe/testing/probe.js";

    /** Made by the {@link java.util.ServiceLoader}; use the static methods. */
    public TestSite() {
    }

    /** The absolute URL of {@code path} on the shared site (started on first use), e.g. {@code /test/x.html}. */
    public static String url(String path) {
        return Site.current().url(path);
    }

    /** Starts the site of the whole test run. */
    @Override
    public Site start() {
        StaticSite site = startStatic();
        return new Site() {
            @Override
            public String url(String path) {
                return site.url(path);
            }

            @Override
            public void close() {
                site.close();
            }
        };
    }

    /** The built file {@code path} of the test site (e.g. {@code app/pekoe-test.js}), which must exist. */
    public static Path testFile(String path) {
        Path file = builtDir(TEST_SITE_DIR, TEST_BUNDLE).resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing " + file + ": the test site was not built");
        }
        return file;
    }

    /** Starts a new site over both directories and both APIs; fails with a clear message when one is not built. */
    private static StaticSite startStatic() {
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
        site.handle("/test/probe.js", exchange -> Replies.send(exchange, 200, "text/javascript; charset=utf-8", probe()));
        try {
            TestApi.mount(site, GalleryApi.mount(site));
        } catch (IOException e) {
            site.close();
            throw new UncheckedIOException("cannot start the WebSocket echo server", e);
        }
        return site;
    }

    private static byte[] probe() throws IOException {
        try (InputStream in = TestSite.class.getResourceAsStream(PROBE)) {
            if (in == null) {
                throw new IOException("missing " + PROBE + " on the class path");
            }
            return in.readAllBytes();
        }
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
