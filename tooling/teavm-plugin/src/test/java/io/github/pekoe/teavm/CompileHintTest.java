package io.github.pekoe.teavm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compile hint goes on top of a bundle that starts itself, once, and nowhere else. */
class CompileHintTest {
    private static final String STARTS = "\"use strict\";\nvar pekoe;(function(){})();\n(function(s){"
            + AutoStartPlugin.START_SIGNATURE + "})(function(u){});\n";
    private static final String MODULE = "\"use strict\";\nvar pekoe;(function(){})();\n";

    @TempDir
    Path dir;

    @Test
    void aBundleThatStartsItselfGetsTheHintOnItsFirstLineOnce() throws IOException {
        Path bundle = Files.writeString(dir.resolve("hello.js"), STARTS);
        assertTrue(CompileHint.prepend(bundle));
        assertEquals(CompileHint.LINE + "\n" + STARTS, Files.readString(bundle));
        assertFalse(CompileHint.prepend(bundle), "a second build step leaves it");
        assertEquals(CompileHint.LINE + "\n" + STARTS, Files.readString(bundle));
    }

    @Test
    void aBundleThatDoesNotStartItselfOrHasASourceMapIsLeftAlone() throws IOException {
        Path module = Files.writeString(dir.resolve("charts.js"), MODULE);
        Path mapped = Files.writeString(dir.resolve("dev.js"), STARTS);
        Files.writeString(dir.resolve("dev.js.map"), "{}");
        assertFalse(CompileHint.prepend(module));
        assertFalse(CompileHint.prepend(mapped));
        assertEquals(MODULE, Files.readString(module));
        assertEquals(STARTS, Files.readString(mapped));
    }

    @Test
    void theBuildStepHintsEveryBundleOfItsDirectoriesAndSkipsMissingOnes() throws IOException {
        Path app = Files.createDirectory(dir.resolve("app"));
        Path one = Files.writeString(app.resolve("one.js"), STARTS);
        Path two = Files.writeString(app.resolve("two.js"), STARTS);
        Path page = Files.writeString(app.resolve("page.html"), STARTS);
        Path module = Files.writeString(app.resolve("module.js"), MODULE);
        CompileHint.main(new String[] {app.toString(), dir.resolve("missing").toString()});
        assertTrue(Files.readString(one).startsWith(CompileHint.LINE + "\n\"use strict\";"));
        assertTrue(Files.readString(two).startsWith(CompileHint.LINE + "\n"));
        assertEquals(STARTS, Files.readString(page));
        assertEquals(MODULE, Files.readString(module));
    }
}
