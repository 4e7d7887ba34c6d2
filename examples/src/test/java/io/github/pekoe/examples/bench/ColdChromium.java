package io.github.pekoe.examples.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, started afresh for every run: each run launches a new browser process
 * on a new, empty profile directory ({@code launchPersistentContext}), so no cache, no compiled-code
 * cache and no storage survive from one run to the next, and deletes the profile afterwards. One
 * Playwright driver serves all runs.
 */
final class ColdChromium implements AutoCloseable {

    /** Where Debian installs Chromium; nothing downloads a browser. */
    static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;

    private ColdChromium(Playwright playwright) {
        this.playwright = playwright;
    }

    /** Starts Playwright's driver; fails when Chromium is not installed. */
    static ColdChromium start() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("Chromium is not installed at " + EXECUTABLE + "; apt-get install chromium");
        }
        return new ColdChromium(Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                "PLAYWRIGHT_NODEJS_PATH", "/usr/bin/node"))));
    }

    /**
     * Launches a browser on a fresh profile, gives {@code run} its context and the profile directory
     * (which names the browser's processes), then closes the browser and deletes the profile.
     */
    <T> T withFreshBrowser(Function<Session, T> run) {
        Path profile;
        try {
            profile = Files.createTempDirectory("pekoe-bench-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (BrowserContext context = playwright.chromium().launchPersistentContext(profile,
                new BrowserType.LaunchPersistentContextOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(FLAGS))) {
            return run.apply(new Session(context, profile));
        } finally {
            delete(profile);
        }
    }

    /** A running browser: its only context, and the profile directory its command line names. */
    record Session(BrowserContext context, Path profile) {
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.err.println("bench: cannot delete " + dir + ": " + e);
        }
    }

    @Override
    public void close() {
        playwright.close();
    }
}
