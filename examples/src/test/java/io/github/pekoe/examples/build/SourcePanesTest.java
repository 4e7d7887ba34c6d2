package io.github.pekoe.examples.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePanesTest {
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
}
