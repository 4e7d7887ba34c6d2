package io.github.pekoe.examples.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePanesTest {
    /** The gallery's pages as written, read from the module directory Maven runs the tests in. */
    private static final Path GALLERY_SOURCES = Path.of("src/main/gallery");

    /**
     * The index page's lead as a sed-style replacement left it: the replacement held {@code &lt;}
     * and {@code &gt;}, and the tool put the whole matched text where each {@code &} stood.
     */
    private static final String GARBLED_LEAD = "<p class=\"lead\">Each page below runs its Java from one <code>Each"
            + " page below runs Java from one <code>&lt;script src=\"app/pekoe.js\"&gt;</code> and shows its Java"
            + " sourcelt;script src=\"app/PAGE.js\"Each page below runs Java from one <code>&lt;script"
            + " src=\"app/pekoe.js\"&gt;</code> and shows its Java sourcegt;</code>, a bundle of its own.</p>";

    @TempDir
    Path dir;

    @Test
    void fillsEachPaneWithItsEscapedFile() throws IOException {
        Files.writeString(dir.resolve("A.java"), "class A { String s = \"<b>&\"; }\n");
        Files.writeString(dir.resolve("B.java"), "class B {}\n");
        String html = "<p>x</p><pre class=\"java-source\" data-src=\"src/A.java\"></pre>"
                + "<pre class=\"java-source\" data-src=\"src/B.java\">old text</pre>";
        assertEquals("<p>x</p><pre class=\"java-source\" data-src=\"src/A.java\">class A { String s = \"&lt;b&gt;&amp;\"; }\n"
                + "</pre><pre class=\"java-source\" data-src=\"src/B.java\">class B {}\n</pre>",
                SourcePanes.fill(html, dir));
    }

    @Test
    void fillingTwiceGivesTheSamePage() throws IOException {
        Files.writeString(dir.resolve("A.java"), "class A {}\n");
        String once = SourcePanes.fill("<pre class=\"java-source\" data-src=\"src/A.java\"></pre>", dir);
        assertEquals(once, SourcePanes.fill(once, dir));
    }

    @Test
    void aMissingOrOutsideFileFailsTheBuildNamingIt() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> SourcePanes.fill("<pre class=\"java-source\" data-src=\"src/Nope.java\"></pre>", dir));
        assertTrue(missing.getMessage().contains("Nope.java"), missing.getMessage());
        assertThrows(IllegalStateException.class,
                () -> SourcePanes.fill("<pre class=\"java-source\" data-src=\"src/../../etc/passwd\"></pre>", dir));
    }

    @Test
    void pagesWithoutPanesAreLeftAlone() {
        String html = "<pre>plain</pre>";
        assertEquals(html, SourcePanes.fill(html, dir));
    }

    @Test
    void replacementCharactersInASourceLandAsWritten() throws IOException {
        // Java sources hold what regular-expression and sed replacements treat as commands: the pane
        // must show them as written, never the matched text or a group in their place.
        Files.writeString(dir.resolve("A.java"), "s.replaceAll(\"(a)\", \"$1 $0 \\\\1 & &&\");\n");
        assertEquals("<pre class=\"java-source\" data-src=\"src/A.java\">s.replaceAll(\"(a)\", \"$1 $0 \\\\1 &amp;"
                + " &amp;&amp;\");\n</pre>",
                SourcePanes.fill("<pre class=\"java-source\" data-src=\"src/A.java\"></pre>", dir));
    }

    @Test
    void proseThatMentionsAPaneIsLeftAsWritten() throws IOException {
        Files.writeString(dir.resolve("A.java"), "class A {}\n");
        String prose = "<p>A pane is written <code>&lt;pre class=\"java-source\" data-src=\"src/A.java\"&gt;&lt;/pre&gt;"
                + "</code> &amp; filled at build time; a page may show &amp;lt; as text.</p>";
        String html = prose + "<pre class=\"java-source\" data-src=\"src/A.java\"></pre>";
        String filled = SourcePanes.fill(html, dir);
        assertEquals(prose + "<pre class=\"java-source\" data-src=\"src/A.java\">class A {}\n</pre>", filled);
        assertEquals(List.of(), SourcePanes.problems(filled));
    }

    @Test
    void theGarbledIndexLeadIsRefusedWithItsLine() {
        List<String> problems = SourcePanes.problems("<h1>Pekoe gallery</h1>\n" + GARBLED_LEAD + "\n");
        assertEquals(List.of("line 2: 'lt;' is an escape without its '&'", "line 2: 'gt;' is an escape without its '&'",
                "line 2: a <code> opens inside the <code> of line 2"), problems);
    }

    @Test
    void aGarbledPageStopsTheBuildNamingThePage() throws IOException {
        Path gallery = Files.createDirectory(dir.resolve("gallery"));
        Path sources = Files.createDirectory(dir.resolve("sources"));
        Files.writeString(gallery.resolve("index.html"), GARBLED_LEAD);
        IllegalStateException damaged = assertThrows(IllegalStateException.class,
                () -> SourcePanes.main(new String[] {gallery.toString(), sources.toString()}));
        assertTrue(damaged.getMessage().startsWith("index.html looks damaged: line 1: 'lt;'"), damaged.getMessage());
        assertEquals(GARBLED_LEAD, Files.readString(gallery.resolve("index.html")), "the page is left as it was");
    }

    @Test
    void wordsEndingInLtOrGtAndSourcePanesAreNoProblem() {
        assertEquals(List.of(), SourcePanes.problems("<p>By default; a salt; the result; <code>a</code> and"
                + " <code>b</code></p><pre class=\"java-source\" data-src=\"src/A.java\">int a = b &lt; c;\n"
                + "String s = \"<code>\";\n</pre>"));
    }

    @Test
    void everyGalleryPageAsWrittenIsSound() throws IOException {
        int pages = 0;
        try (DirectoryStream<Path> html = Files.newDirectoryStream(GALLERY_SOURCES, "*.html")) {
            for (Path page : html) {
                assertEquals(List.of(), SourcePanes.problems(Files.readString(page)), page.toString());
                pages++;
            }
        }
        assertTrue(pages >= 10, "read " + pages + " pages from " + GALLERY_SOURCES.toAbsolutePath());
    }
}
