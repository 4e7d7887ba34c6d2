package io.github.pekoe.examples.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BothLanes;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * The config's files: fetched before any script runs, read by java.io and java.nio.file, in
 * PyScript's shape; a file that cannot be loaded stops the page as a bad config does.
 */
class ConfigFilesTest {
    private static final String NOTHING_RUNS = " (no Java script runs until the config is fixed)";

    private static BrowserPage open(Lane lane, String name) {
        BrowserPage page = lane.load(TestSite.url("/test/" + name + ".html"));
        page.waitForAllDone();
        return page;
    }

    @BothLanes
    void listedFilesAreReadByJavaIoAndNioWithPlaceholdersAndDestinationRules(Lane lane) {
        try (BrowserPage page = open(lane, "files")) {
            assertEquals(List.of("readAllLines: [day,price, mon,3, tue,4]",
                    "FileReader: day,price | mon,3",
                    "newBufferedReader: day,price",
                    "bytes as text: notes for Java\nsecond line",
                    "readAllBytes: 8 bytes, Grüße",
                    "FileInputStream: day",
                    "RandomAccessFile: length 22, at 4: price",
                    "list: [notes.txt, ü.txt]",
                    "exists: true true true false, absolute: /prices.csv",
                    "written: [written by Java]"), page.texts("script-java > div"));
            assertEquals(List.of(), page.banners());
        }
    }

    @BothLanes
    void relativeUrlsResolveAgainstTheConfigFilesUrl(Lane lane) {
        try (BrowserPage page = open(lane, "files-src")) {
            assertEquals(List.of("prices.csv: day,price", "data/notes.txt: notes for Java"),
                    page.texts("script-java > div"));
            assertEquals(List.of(), page.banners());
        }
    }

    @BothLanes
    void aTomlConfigListsFilesInItsFilesTable(Lane lane) {
        try (BrowserPage page = open(lane, "files-toml")) {
            assertEquals(List.of("prices.csv: day,price", "data/notes.txt: notes for Java"),
                    page.texts("script-java > div"));
            assertEquals(List.of(), page.banners());
        }
    }

    @BothLanes
    void aMissingFileIsABannerNamingTheUrlAndNoScriptRuns(Lane lane) {
        assertNothingRuns(lane, "files-missing", "could not load '/test/data/files/missing.csv' named in the"
                + " config's files: HTTP 404");
    }

    @BothLanes
    void aRefusedConnectionIsABannerNamingTheUrlAndNoScriptRuns(Lane lane) {
        assertNothingRuns(lane, "files-refused", "could not load 'http://127.0.0.1:1/prices.csv' named in the"
                + " config's files: ");
    }

    @BothLanes
    void anUnknownPlaceholderIsAConfigErrorAndNoScriptRuns(Lane lane) {
        assertNothingRuns(lane, "files-placeholder", "files: unknown placeholder {TO} in '{FROM}/prices.csv';"
                + " defined: {FROM} (define one with \"{TO}\": \"its text\" before it is used)" + NOTHING_RUNS);
    }

    @BothLanes
    void aBundleWithoutFilesConfigSaysHowToLoadFiles(Lane lane) {
        assertNothingRuns(lane, "files-no-loader", "files need @FilesConfig" + NOTHING_RUNS);
    }

    @BothLanes
    void aBundleWithoutArchivesSaysHowToUnpackThemAndNoScriptRuns(Lane lane) {
        assertNothingRuns(lane, "files-no-archives", "could not load '/test/data/files/pack.zip' named in the"
                + " config's files: unpacking needs @FilesConfig(archives = true) on the page's package"
                + NOTHING_RUNS);
    }

    /** Chromium unpacks with DecompressionStream; HtmlUnit has none, so there it is a clear error. */
    @BothLanes
    void zipAndTarGzArchivesAreUnpackedWhereTheBrowserCanDecompress(Lane lane) {
        if (lane == Lane.HTMLUNIT) {
            assertNothingRuns(lane, "files-archive", "could not load '/test/data/files/pack.tar.gz' named in the"
                    + " config's files: unpacking needs the browser's DecompressionStream, which this browser lacks");
            return;
        }
        try (BrowserPage page = open(lane, "files-archive")) {
            assertEquals(List.of("pack/readme.txt = zipped text", "pack/sub/inner.txt = deep in the zip",
                    "tgz/deep/leaf.txt = deeper in the tarball", "tgz/top.txt = from the tarball"),
                    page.texts("script-java > div"));
            assertEquals(List.of(), page.banners());
        }
    }

    @ChromiumOnly
    void aWorkerGetsThePagesFilesInItsOwnFileSystem(Lane lane) {
        try (BrowserPage page = open(lane, "files-worker")) {
            assertEquals(List.of("prices.csv: day,price", "data/notes.txt: notes for Java"),
                    page.texts("#java-w0-target > div"));
            assertEquals(List.of(), page.banners());
        }
    }

    private static void assertNothingRuns(Lane lane, String name, String messageStart) {
        try (BrowserPage page = open(lane, name)) {
            List<String> banners = page.banners();
            assertEquals(1, banners.size(), banners.toString());
            assertTrue(banners.get(0).startsWith(messageStart), banners.get(0));
            assertTrue(banners.get(0).endsWith(NOTHING_RUNS), banners.get(0));
            assertEquals("[\"all-done\"]", page.eval("window.__probe.events"), "no script ran");
            assertEquals(0, page.count("script-java"));
        }
    }
}
