package io.github.pekoe.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the report says about where it was measured: CPU, cores, memory, Chromium and the JDK. */
final class MachineInfo {

    private MachineInfo() {
    }

    /** The CPU model, from {@code /proc/cpuinfo}. */
    static String cpu() {
        return procValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
    }

    /** The cores the JVM may use. */
    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Total memory, from {@code /proc/meminfo}, such as {@code 7.8 GB}. */
    static String memory() {
        return procValue(Path.of("/proc/meminfo"), "MemTotal").map(value -> {
            long kb = Long.parseLong(value.replace("kB", "").trim());
            return String.format(java.util.Locale.ROOT, "%.1f GB", kb / 1_000_000.0);
        }).orElse("unknown");
    }

    /** The line of {@code chromium --version} that names the version (Debian's wrapper may print others). */
    static String chromium() {
        try {
            Process process = new ProcessBuilder(ColdChromium.EXECUTABLE.toString(), "--version")
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            process.waitFor(30, TimeUnit.SECONDS);
            return out.lines().filter(line -> line.startsWith("Chromium")).findFirst().orElse(out);
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** The JDK that runs the benchmark. */
    static String jdk() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    private static java.util.Optional<String> procValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                if (line.startsWith(key)) {
                    return java.util.Optional.of(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (IOException e) {
            // reported as unknown
        }
        return java.util.Optional.empty();
    }
}
