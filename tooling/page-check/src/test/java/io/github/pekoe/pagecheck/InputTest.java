package io.github.pekoe.pagecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad or missing input gives a finding, never an exception; indexes are read from folders and jars. */
class InputTest {
    @TempDir
    Path dir;

    @Test
    void aMissingSiteFolderIsAnInputError() {
        List<Finding> findings = PageCheck.check(new PageCheckInput(dir.resolve("nope"), null, null));
        assertEquals(1, findings.size());
        assertEquals(Rule.INPUT, findings.get(0).rule());
        assertTrue(findings.get(0).format().endsWith("nope: error: the site folder does not exist [input]"),
                findings.get(0).format());
    }

    @Test
    void anIndexWithoutItsPackageLineIsAnInputErrorWithItsLine() throws IOException {
        Path index = Files.createDirectories(dir.resolve("classes/META-INF/pekoe")).resolve("x.names");
        Files.writeString(index, "# comment\nscript\tx\tX\n");
        Files.createDirectories(dir.resolve("site"));
        List<Finding> findings = PageCheck.check(new PageCheckInput(dir.resolve("site"),
                List.of(dir.resolve("classes")), List.of()));
        assertEquals(List.of(index + ":2: error: a name index must start with its package line [input]"),
                findings.stream().map(Finding::format).toList());
    }

    @Test
    void aJarThatIsNotAZipIsAnInputError() throws IOException {
        Path jar = Files.writeString(dir.resolve("broken.jar"), "not a zip");
        Files.createDirectories(dir.resolve("site"));
        List<Finding> findings = PageCheck.check(new PageCheckInput(dir.resolve("site"), List.of(jar), List.of()));
        assertEquals(1, findings.size());
        assertEquals(Rule.INPUT, findings.get(0).rule());
        assertTrue(findings.get(0).message().startsWith("cannot read the name indexes"), findings.get(0).message());
    }

    @Test
    void indexesInJarsCountAsInFolders() throws IOException {
        Path jar = dir.resolve("shop.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/pekoe/shop.names"));
            zip.write("package\tshop\nscript\tcart\tshop.Cart\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("a.html"), "<script src=\"app/shop.js\"></script>\n"
                + "<script type=\"java\" src=\"cart\"></script>\n<script type=\"java\" src=\"carts\"></script>\n");
        List<Finding> findings = PageCheck.check(new PageCheckInput(site, List.of(jar),
                List.of(Bundle.ofPackages("app/shop.js", "shop"))));
        assertEquals(List.of(site.resolve("a.html") + ":3:26: error: no Java script named 'carts' for"
                + " <script type=\"java\" src=\"carts\">; registered scripts: cart [unknown-script]"),
                findings.stream().map(Finding::format).toList());
    }

    @Test
    void withoutAnyIndexNamesAreNotCheckedAndANoteSaysWhy() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("a.html"), "<script src=\"app/shop.js\"></script><button py-click=\"x\">x</button>");
        List<Finding> findings = PageCheck.check(new PageCheckInput(site, List.of(dir.resolve("no-classes")),
                List.of(Bundle.ofPackages("app/shop.js", "shop"))));
        assertEquals(1, findings.size());
        assertEquals(Severity.NOTE, findings.get(0).severity());
        assertTrue(findings.get(0).message().contains("no name index was found"), findings.get(0).message());
    }

    @Test
    void brokenMarkupAndBinaryBytesGiveFindingsOrNoneButNeverAnException() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.write(site.resolve("junk.html"), new byte[] {0, (byte) 0xff, '<', 's', 'c', 'r', 'i', 'p', 't', ' ',
            't', 'y', 'p', 'e', '=', 'j', 'a', 'v', 'a', '>', (byte) 0xc3});
        Files.writeString(site.resolve("open.htm"), "<java-config>{\"a\": [<b>1</java-config><div py-click=");
        List<Finding> findings = PageCheck.check(new PageCheckInput(site, List.of(TestSite.CLASSES),
                List.of(Bundle.ofPackages("junk.js", "shop"))));
        assertTrue(findings.stream().allMatch(f -> f.rule() == Rule.NOT_CHECKED || f.rule() == Rule.CONFIG),
                findings.toString());
    }

    @Test
    void aFindingWithoutALineShowsOnlyItsFile() {
        assertEquals("a.html: warning: m [csp-inline]", new Finding(Rule.CSP_INLINE, "a.html", 0, 0, "m").format());
        assertEquals("a.html:3: error: m [config]", new Finding(Rule.CONFIG, "a.html", 3, 0, "m").format());
    }

    @Test
    void bundlesAreToldByTheirMainClass() {
        assertEquals(Bundle.Contents.EVERY_PACKAGE, Bundle.forMainClass("/app/./all.js", Bundle.BOOTSTRAP).contents());
        assertEquals("app/all.js", Bundle.forMainClass("/app/./all.js", Bundle.BOOTSTRAP).path());
        assertEquals(Set.of("a.b"), Bundle.forMainClass("x.js", "a.b.PekoePage").packages());
        assertEquals(Bundle.Contents.UNKNOWN, Bundle.forMainClass("x.js", "a.b.Main").contents());
    }
}
