package io.github.pekoe.maven.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import io.github.pekoe.maven.build.BuildLog;
import io.github.pekoe.maven.build.BuildRequest;
import io.github.pekoe.maven.build.SiteBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A development session in Debian's headless Chromium: the page served with the strict policy runs its script,
 * an edit of the Java source is compiled, the site rebuilt, and the open page reloads to show the new output.
 */
class DevSessionTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String SCRIPT = """
            package com.example.greeter;

            import static io.github.pekoe.Pekoe.display;

            import io.github.pekoe.Script;

            @Script("hello")
            public class Hello {
                public static void main(String[] args) {
                    display("%s");
                }
            }
            """;
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Greeter</title>
            <script src="app/pekoe.js" defer></script>
            </head>
            <body>
            <div id="out"></div>
            <script type="java" src="hello" target="out"></script>
            </body>
            </html>
            """;

    @TempDir
    Path folder;

    @Test
    void anEditedJavaSourceReachesTheOpenPage() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), "Chromium must be installed at /usr/bin/chromium");
        Path source = folder.resolve("src/main/java/com/example/greeter/Hello.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, SCRIPT.formatted("first build"));
        Files.createDirectories(folder.resolve("src/main/webapp"));
        Files.writeString(folder.resolve("src/main/webapp/index.html"), PAGE);
        DevProject project = new DevProject(folder);
        JavaRecompiler javac = project.javac;
        BuildRequest request = project.request;
        List<String> log = project.log;
        BuildLog recording = project.recording;
        assertEquals(null, javac.compile());
        SiteBuild.run(request, recording);

        try (DevSession session = new DevSession(request, javac, 0, recording);
                Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                        "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1", "PLAYWRIGHT_NODEJS_PATH", "/usr/bin/node")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu",
                                "--disable-quic", "--no-first-run", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync")))) {
            Page page = browser.newContext().newPage();
            List<String> problems = Collections.synchronizedList(new ArrayList<>());
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    problems.add(message.text());
                }
            });
            page.onResponse(answer -> {
                if (answer.status() >= 400) {
                    problems.add(answer.status() + " " + answer.url());
                }
            });
            Response response = page.navigate("http://127.0.0.1:" + session.port() + "/index.html");
            assertEquals("script-src 'self'", response.headers().get("content-security-policy"));
            waitForOutput(page, "first build", log, problems);

            Files.writeString(source, SCRIPT.formatted("second build"));
            waitForOutput(page, "second build", log, problems);
            assertEquals(List.of(), problems, "console errors");
        }
    }

    /** Waits, at most 90 s (two TeaVM builds fit on a loaded machine), for #out to show {@code text}. */
    private static void waitForOutput(Page page, String text, List<String> log, List<String> problems)
            throws InterruptedException {
        long deadline = System.nanoTime() + 90_000_000_000L;
        String seen = null;
        while (System.nanoTime() < deadline) {
            try {
                seen = (String) page.evaluate("() => { const out = document.getElementById('out'); "
                        + "return out ? out.textContent : null; }");
                if (text.equals(seen)) {
                    return;
                }
            } catch (PlaywrightException e) {
                seen = "(the page is reloading: " + e.getMessage().lines().findFirst().orElse("") + ")";
            }
            Thread.sleep(100);
        }
        throw new AssertionError("#out never showed '" + text + "' (last seen: " + seen + ")\nconsole errors: " + problems
                + "\nlog:\n" + String.join("\n", log));
    }
}
