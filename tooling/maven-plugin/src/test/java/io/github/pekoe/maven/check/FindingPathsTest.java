package io.github.pekoe.maven.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.pekoe.pagecheck.Finding;
import io.github.pekoe.pagecheck.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingPathsTest {
    @TempDir
    Path project;
    private FindingPaths paths;

    @BeforeEach
    void layout() throws IOException {
        for (String file : List.of("src/main/webapp/index.html", "src/main/webapp/docs/a.html",
                "src/main/java/com/example/Hello.java", "target/site/made.html", "target/site/index.html")) {
            Files.createDirectories(project.resolve(file).getParent());
            Files.writeString(project.resolve(file), "");
        }
        paths = new FindingPaths(project, List.of(project.resolve("src/main/webapp"), project.resolve("src/main/java"),
                project.resolve("target/site")));
    }

    @Test
    void aPageIsNamedAtItsSourceFirst() {
        assertEquals("src/main/webapp/index.html:9:3: error: no handler [unknown-handler]", located("index.html"));
        assertEquals("src/main/webapp/docs/a.html:9:3: error: no handler [unknown-handler]", located("docs/a.html"));
    }

    @Test
    void aJavaFileIsNamedUnderTheSourceFolder() {
        assertEquals("src/main/java/com/example/Hello.java:9:3: error: no handler [unknown-handler]",
                located("com/example/Hello.java"));
    }

    @Test
    void aPageOnlyInTheBuiltSiteIsNamedThere() {
        assertEquals("target/site/made.html:9:3: error: no handler [unknown-handler]", located("made.html"));
    }

    @Test
    void anAbsolutePathInTheBuiltSiteIsNamedAtItsSource() {
        assertEquals("src/main/webapp/index.html:9:3: error: no handler [unknown-handler]",
                located(project.resolve("target/site/index.html").toString()));
        assertEquals("target/site/made.html:9:3: error: no handler [unknown-handler]",
                located(project.resolve("target/site/made.html").toString()));
    }

    @Test
    void aFileNoRootHoldsStaysAsItIs() {
        Finding outside = finding("../elsewhere.html");
        assertSame(outside, paths.locate(outside));
        Finding missing = finding("gone.html");
        assertSame(missing, paths.locate(missing));
    }

    private String located(String file) {
        return paths.locate(finding(file)).format();
    }

    private static Finding finding(String file) {
        return new Finding(Rule.UNKNOWN_HANDLER, file, 9, 3, "no handler");
    }
}
