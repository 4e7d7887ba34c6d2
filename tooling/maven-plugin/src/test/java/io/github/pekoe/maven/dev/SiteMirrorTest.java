package io.github.pekoe.maven.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mirror copies what differs, leaves what is equal and deletes what the source lacks. */
class SiteMirrorTest {
    @TempDir
    Path folder;

    @Test
    void theTargetEndsWithTheSourcesFilesOnly() throws Exception {
        Path from = folder.resolve("from");
        Path to = folder.resolve("to");
        write(from.resolve("index.html"), "new page");
        write(from.resolve("app/pekoe.js"), "same bundle");
        write(to.resolve("index.html"), "old page");
        write(to.resolve("app/pekoe.js"), "same bundle");
        write(to.resolve("old/gone.html"), "stale");

        assertEquals(2, SiteMirror.mirror(from, to), "one page copied, one stale file deleted");

        assertEquals("new page", Files.readString(to.resolve("index.html")));
        assertEquals("same bundle", Files.readString(to.resolve("app/pekoe.js")));
        assertFalse(Files.exists(to.resolve("old")), "the stale folder is gone");
        assertEquals(0, SiteMirror.mirror(from, to), "nothing left to do");
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
