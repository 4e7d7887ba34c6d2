package io.github.pekoe.maven.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSnapshotTest {
    @TempDir
    Path folder;

    @Test
    void aChangedJavaSourceIsSeenAsJava() throws Exception {
        Path java = folder.resolve("java");
        Files.createDirectories(java.resolve("com/example"));
        Files.writeString(java.resolve("com/example/A.java"), "class A {}");
        List<Path> folders = List.of(java, folder.resolve("missing"));
        SourceSnapshot before = SourceSnapshot.of(folders);
        assertEquals(before, SourceSnapshot.of(folders));

        Files.writeString(java.resolve("com/example/A.java"), "class A { int x; }");
        SourceSnapshot after = SourceSnapshot.of(folders);
        assertNotEquals(before, after);
        assertTrue(after.javaChangedSince(before));
    }

    @Test
    void aNewPageIsAChangeButNoJavaOne() throws Exception {
        Path web = folder.resolve("webapp");
        Files.createDirectories(web);
        SourceSnapshot before = SourceSnapshot.of(List.of(web));
        Files.writeString(web.resolve("index.html"), "<p>");
        SourceSnapshot after = SourceSnapshot.of(List.of(web));
        assertNotEquals(before, after);
        assertFalse(after.javaChangedSince(before));
    }
}
