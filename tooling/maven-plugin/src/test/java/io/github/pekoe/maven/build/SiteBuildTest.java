package io.github.pekoe.maven.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.maven.bundle.BundlePlanner;
import io.github.pekoe.maven.bundle.CompileOptions;
import io.github.pekoe.maven.bundle.PlannedBundle;
import io.github.pekoe.teavm.CompileHint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds small projects as the {@code build} goal does, in this JVM: javac with Pekoe's processor, then
 * {@link SiteBuild} with TeaVM, the site copy and the page check. Each TeaVM run takes a few seconds.
 */
class SiteBuildTest {
    private static final String GREETER = """
            package com.example.greeter;

            import static io.github.pekoe.Pekoe.display;

            import io.github.pekoe.Handler;
            import io.github.pekoe.Script;

            @Script("hello")
            public class Hello {
                public static void main(String[] args) {
                    display("Hello from Java!");
                }

                @Handler
                public static void greet() {
                    display("Clicked");
                }
            }
            """;

    @TempDir
    Path folder;

    @Test
    void aProjectBuildsToOneMinifiedBundleBesideItsCopiedPages() throws Exception {
        TestProject project = project(page("app/pekoe.js", "greet")).write("src/main/webapp/css/site.css", "p {}").compile();
        RecordingLog log = new RecordingLog();

        SiteBuild.run(project.request(BundlePlanner.plan(null)), log);

        Path bundle = project.site().resolve("app/pekoe.js");
        assertTrue(Files.size(bundle) > 1000, "the bundle's size: " + Files.size(bundle));
        assertFalse(Files.readString(bundle).contains("com.example.greeter"), "minified: no Java names");
        assertFalse(Files.exists(project.site().resolve("app/pekoe.js.map")), "no source map outside dev mode");
        assertTrue(Files.readString(bundle).startsWith(CompileHint.LINE + "\n\"use strict\";"),
                "V8's compile hint on the first line");
        assertEquals(Files.readString(project.folder.resolve("src/main/webapp/index.html")),
                Files.readString(project.site().resolve("index.html")));
        assertEquals("p {}", Files.readString(project.site().resolve("css/site.css")));
        assertEquals(List.of(), log.at(BuildLog.Level.ERROR), String.join("\n", log.lines));
        assertTrue(log.lines.contains("INFO Page check: the page check found 0 errors and 0 warnings"),
                String.join("\n", log.lines));
    }

    @Test
    void aMisspeltHandlerFailsTheBuildAtItsLineInTheSourcePage() throws Exception {
        TestProject project = project(page("app/greeter.js", "gret")).compile();
        RecordingLog log = new RecordingLog();
        BuildRequest dev = withOptions(project.request(BundlePlanner.plan(List.of(
                new io.github.pekoe.maven.Bundle("greeter", "com.example.greeter")))),
                CompileOptions.resolve(true, null, null, null, null));

        BuildFailure failure = assertThrows(BuildFailure.class, () -> SiteBuild.run(dev, log));

        assertEquals("the page check found 1 error and 0 warnings", failure.getMessage());
        List<String> errors = log.at(BuildLog.Level.ERROR);
        assertEquals(1, errors.size(), String.join("\n", log.lines));
        assertTrue(errors.get(0).matches("src/main/webapp/index\\.html:8:\\d+: error: no handler named 'gret' for"
                + " py-click on .*; known handlers: greet \\[unknown-handler\\]"), errors.get(0));
        assertTrue(Files.isRegularFile(project.site().resolve("app/greeter.js")));
        assertTrue(Files.isRegularFile(project.site().resolve("app/greeter.js.map")), "dev mode writes a source map");
        assertFalse(Files.readString(project.site().resolve("app/greeter.js")).startsWith(CompileHint.LINE),
                "no line on top to shift the source map");
    }

    @Test
    void aTeaVMErrorFailsTheBuildWithItsJavaLocation() throws Exception {
        TestProject project = project(page("app/pekoe.js", "greet"))
                .write("src/main/java/com/example/greeter/Shell.java", """
                        package com.example.greeter;

                        import io.github.pekoe.Script;

                        @Script("shell")
                        public class Shell {
                            public static void main(String[] args) throws Exception {
                                new ProcessBuilder("ls").start();
                            }
                        }
                        """).compile();
        RecordingLog log = new RecordingLog();

        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> SiteBuild.run(project.request(BundlePlanner.plan(null)), log));

        assertTrue(failure.getMessage().startsWith("TeaVM found "), failure.getMessage());
        assertTrue(failure.getMessage().contains("in pekoe.js (from io.github.pekoe.boot.Bootstrap)"), failure.getMessage());
        String errors = String.join("\n", log.at(BuildLog.Level.ERROR));
        assertTrue(errors.contains("ProcessBuilder") && errors.contains("Shell.java:8"), errors);
    }

    @Test
    void withoutTheProcessorsOutputTheBuildSaysHowToNameIt() throws Exception {
        TestProject project = project(page("app/pekoe.js", "greet"));
        Files.createDirectories(project.classes());

        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> SiteBuild.run(project.request(BundlePlanner.plan(null)), new RecordingLog()));

        assertTrue(failure.getMessage().contains("Pekoe's annotation processor did not run"), failure.getMessage());
        assertTrue(failure.getMessage().contains("maven.compiler.proc=full"), failure.getMessage());
    }

    @Test
    void aListedPackageWithoutAPageEntryIsNamed() throws Exception {
        TestProject project = project(page("app/pekoe.js", "greet")).compile();

        BuildFailure failure = assertThrows(BuildFailure.class, () -> SiteBuild.run(project.request(
                List.of(new PlannedBundle("other", "com.example.other.PekoePage"))), new RecordingLog()));

        assertTrue(failure.getMessage().startsWith("bundle 'other': no class com.example.other.PekoePage in "),
                failure.getMessage());
    }

    private TestProject project(String page) throws IOException {
        return new TestProject(folder).write("src/main/java/com/example/greeter/Hello.java", GREETER)
                .write("src/main/webapp/index.html", page);
    }

    private static String page(String bundle, String handler) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Greeter</title>
                <script src="%s" defer></script>
                </head>
                <body>
                <script type="java" src="hello"></script>
                <button id="go" py-click="%s">Go</button>
                </body>
                </html>
                """.formatted(bundle, handler);
    }

    private static BuildRequest withOptions(BuildRequest request, CompileOptions options) {
        return new BuildRequest(request.project(), request.classes(), request.classPath(), request.sources(),
                request.webapp(), request.site(), request.bundleDirectory(), request.bundles(), options, request.cache(),
                request.skipCheck(), request.failOnWarning());
    }
}
