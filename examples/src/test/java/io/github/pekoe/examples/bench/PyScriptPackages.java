package io.github.pekoe.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * PyScript for the benchmark's PyScript twins: {@code @pyscript/core} and the MicroPython interpreter,
 * installed with npm into a folder the site serves at {@code /npm/}.
 */
final class PyScriptPackages {

    /** The packages, pinned. */
    static final List<String> PACKAGES = List.of("@pyscript/core@0.7.31",
            "@micropython/micropython-webassembly-pyscript@1.28.0-6");

    private static final long NPM_TIMEOUT_MINUTES = 5;

    private PyScriptPackages() {
    }

    /** Whether {@code dir} holds both packages already. */
    static boolean installed(Path dir) {
        Path modules = dir.resolve("node_modules");
        return Files.isRegularFile(modules.resolve("@pyscript/core/dist/core.js"))
                && Files.isRegularFile(modules.resolve("@micropython/micropython-webassembly-pyscript/micropython.mjs"));
    }

    /** Installs the packages into {@code dir} unless there; empty on success, else why it failed. */
    static Optional<String> install(Path dir) {
        if (installed(dir)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(dir);
            List<String> command = new java.util.ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund",
                    "--no-save", "--prefix", dir.toString()));
            command.addAll(PACKAGES);
            Process npm = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!npm.waitFor(NPM_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                return Optional.of("npm install did not finish in " + NPM_TIMEOUT_MINUTES + " minutes");
            }
            if (npm.exitValue() != 0 || !installed(dir)) {
                return Optional.of("npm install failed (exit " + npm.exitValue() + "): " + lastLine(out));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot run npm: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while npm ran");
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.split("\n");
        return lines[lines.length - 1];
    }
}
