package io.github.pekoe.examples.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.teavm.CompileHint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build puts V8's compile hint on the first line of every gallery bundle, where V8 reads it, and
 * the pages still run (every other gallery test loads these bundles).
 */
class GalleryCompileHintTest {
    @Test
    void everyGalleryBundleStartsWithTheCompileHint() throws IOException {
        List<Path> bundles;
        try (Stream<Path> files = Files.list(Path.of("target/gallery/app"))) {
            bundles = files.filter(file -> file.toString().endsWith(".js")).sorted().toList();
        }
        assertEquals(13, bundles.size(), bundles.toString());
        for (Path bundle : bundles) {
            String first = Files.readAllLines(bundle).get(0);
            assertTrue(first.equals(CompileHint.LINE), bundle + " starts with " + first);
        }
    }
}
