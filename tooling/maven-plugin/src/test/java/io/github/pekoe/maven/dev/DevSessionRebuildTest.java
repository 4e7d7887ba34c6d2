package io.github.pekoe.maven.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.maven.build.BuildLog;
import io.github.pekoe.maven.build.BuildRequest;
import io.github.pekoe.maven.build.SiteBuild;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds of a development session, on the JVM: a page that fails the check leaves the served site as it was
 * and shows the finding in the log; pages alone are copied and checked again without TeaVM.
 */
class DevSessionRebuildTest {
    private static final String SCRIPT = """
            package com.example.greeter;

            import static io.github.pekoe.Pekoe.display;

            import io.github.pekoe.Handler;

            public class Greeter {
                @Handler
                public static void greet() {
                    display("Clicked");
                }
            }
            """;
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>%s</title>
            <script src="app/pekoe.js" defer></script>
            </head>
            <body><button id="go" py-click="%s">Go</button></body>
            </html>
            """;

    @TempDir
    Path folder;

    @Test
    void aPageFailingTheCheckKeepsTheLastGoodSiteAndPagesAloneSkipTeaVM() throws Exception {
        Path page = folder.resolve("src/main/webapp/index.html");
        write(folder.resolve("src/main/java/com/example/greeter/Greeter.java"), SCRIPT);
        write(page, PAGE.formatted("first", "greet"));
        DevProject project = new DevProject(folder);
        JavaRecompiler javac = project.javac;
        BuildRequest request = project.request;
        List<String> log = project.log;
        BuildLog recording = project.recording;
        assertEquals(null, javac.compile());
        SiteBuild.run(request, recording);
        byte[] bundle = Files.readAllBytes(request.site().resolve("app/pekoe.js"));
        log.clear();

        try (DevSession session = new DevSession(request, javac, 0, recording)) {
            String url = "http://127.0.0.1:" + session.port() + "/index.html";
            assertTrue(get(url).contains("<title>first</title>"));

            write(page, PAGE.formatted("misspelt", "gret"));
            waitForLog(log, "ERROR The build failed; the pages keep the last good build");
            assertTrue(log.stream().anyMatch(line -> line.startsWith("ERROR ") && line.contains("index.html:")
                    && line.contains("no handler named 'gret'")), "the finding, with its file, in the log:\n" + log);
            assertTrue(get(url).contains("<title>first</title>"), "the last good page is still served");

            write(page, PAGE.formatted("fixed", "greet"));
            waitForLog(log, "INFO Rebuilt; reloading the open pages");
            assertTrue(get(url).contains("<title>fixed</title>"), "the fixed page is served");
            assertTrue(log.stream().noneMatch(line -> line.contains("Compiling ")), "no TeaVM run:\n" + log);
            assertEquals(new String(bundle), new String(Files.readAllBytes(request.site().resolve("app/pekoe.js"))));
        }
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

    /** Waits, at most 60 s, for a line of the log that starts with {@code start}. */
    private static void waitForLog(List<String> log, String start) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            synchronized (log) {
                if (log.stream().anyMatch(line -> line.startsWith(start))) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no log line '" + start + "' in:\n" + String.join("\n", log));
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
