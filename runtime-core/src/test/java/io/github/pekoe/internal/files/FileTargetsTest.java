package io.github.pekoe.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The config's files against the URL, path and kind of each entry, and bad entries against their message. */
class FileTargetsTest {

    private static Map<String, Object> files(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Each entry as "url -> path (kind)". */
    private static List<String> expand(Object... keysAndValues) {
        List<String> out = new ArrayList<>();
        for (FileTarget target : FileTargets.expand(files(keysAndValues))) {
            out.add(target.url() + " -> " + target.path() + " (" + target.kind() + ")");
        }
        return out;
    }

    private static String error(Object... keysAndValues) {
        return assertThrows(IllegalArgumentException.class, () -> FileTargets.expand(files(keysAndValues)))
                .getMessage();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "data/prices.csv|prices.csv|/prices.csv",
        "data/prices.csv|./prices.csv|/prices.csv",
        "data/prices.csv|''|/prices.csv",
        "data/prices.csv|./|/prices.csv",
        "data/prices.csv|data/|/data/prices.csv",
        "https://example.com/a/b.txt?v=2#top|in/|/in/b.txt",
        "x.csv|/abs/y.csv|/abs/y.csv",
        "x.csv|a/../b/./c//y.csv|/b/c/y.csv",
        "x.csv|../../y.csv|/y.csv",
    })
    void destinationsFollowPyScriptsRulesUnderTheRoot(String url, String destination, String path) {
        assertEquals(List.of(url + " -> " + path + " (0)"), expand(url, destination));
    }

    @Test
    void placeholdersFillKeysAndValuesInOrderAndMayUseEarlierOnes() {
        assertEquals(List.of("https://example.com/data/a.csv -> /data/a.csv (0)",
                "https://example.com/data/b.csv -> /data/b.csv (0)"),
                expand("{DOMAIN}", "https://example.com", "{FROM}", "{DOMAIN}/data", "{TO}", "./data",
                        "{FROM}/a.csv", "{TO}/a.csv", "{FROM}/b.csv", "{TO}/"));
    }

    @ParameterizedTest(name = "{0} into {1}")
    @CsvSource(delimiter = '|', value = {
        "pkg.zip|lib/*|/lib/|1",
        "pkg.whl|./*|/|1",
        "pkg.zip|*|/*|0",
        "pkg.tar|./t/*|/t/|2",
        "pkg.tar.gz|t/*|/t/|3",
        "https://x.org/pkg.tgz?x=1|t/*|/t/|3",
    })
    void archivesIntoADestinationEndingInSlashStarAreUnpackedThere(String url, String dest, String dir, int kind) {
        // as in PyScript, a bare "*" does not end in "/*": it names a file
        assertEquals(List.of(url + " -> " + dir + " (" + kind + ")"), expand(url, dest));
    }

    @Test
    void anArchiveWithoutSlashStarIsWrittenAsAFile() {
        assertEquals(List.of("pkg.zip -> /pkg.zip (0)"), expand("pkg.zip", "./"));
    }

    @Test
    void twoArchivesMayFillOneDirectory() {
        assertEquals(2, expand("a.zip", "lib/*", "b.zip", "lib/*").size());
    }

    @Test
    void badEntriesAreErrorsNamingTheProblem() {
        assertEquals("files: unknown placeholder {FROM} in '{FROM}/a.csv'; none is defined (define one with"
                + " \"{FROM}\": \"its text\" before it is used)", error("{FROM}/a.csv", "a.csv"));
        assertEquals("files: unknown placeholder {TO} in 'a.csv'; defined: {FROM} (define one with"
                + " \"{TO}\": \"its text\" before it is used)", error("{FROM}", "x", "a.csv", "{TO}/a.csv"));
        assertEquals("files: unknown placeholder {B} in '{A}'; none is defined (define one with"
                + " \"{B}\": \"its text\" before it is used)", error("{A}", "{B}/x", "{B}", "y"));
        assertEquals("files: 'a/x.csv' and 'b/x.csv' both write /x.csv", error("a/x.csv", "./", "b/x.csv", "x.csv"));
        assertEquals("files: 'data.csv' cannot be unpacked into 'lib/*': only .zip, .whl, .tar, .tar.gz and .tgz"
                + " archives can", error("data.csv", "lib/*"));
        assertEquals("files: 'https://example.com/' has no file name to keep in './': give the destination a"
                + " file name", error("https://example.com/", "./"));
        assertEquals("files: the destination '..' of 'a.csv' is a directory: give it a file name, or end it in /"
                + " to keep the URL's", error("a.csv", ".."));
        assertEquals("files: an entry has an empty URL", error(" ", "a.csv"));
        assertEquals("files: the value of 'a.csv' must be a string (a destination path), not 3",
                error("a.csv", 3L));
        assertEquals("files: the value of '{A}' must be a string (a placeholder's text), not null",
                error("{A}", null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"a|/a", "/|/", "''|/", "./a/./b/|/a/b", "/x/../../y|/y"})
    void absolutePathsDropDotsAndEmptyStepsAndStayUnderTheRoot(String path, String absolute) {
        assertEquals(absolute, FileTargets.absolute(path));
    }
}
