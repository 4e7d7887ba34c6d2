package io.github.pekoe.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The renderer processes of one browser, found in {@code /proc}: a process whose command line has
 * {@code --type=renderer} and one of whose ancestors (the browser, through its zygote) has the run's
 * profile directory on its command line. Their peak resident set size is {@code VmHWM} in
 * {@code /proc/PID/status}.
 */
final class Renderers {

    private static final Path PROC = Path.of("/proc");

    private Renderers() {
    }

    /** The largest {@code VmHWM}, in bytes, of the renderers under the browser started on {@code profile}. */
    static OptionalLong peakRss(Path profile) {
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, String> commandLines = new HashMap<>();
        try (Stream<Path> entries = Files.list(PROC)) {
            entries.map(p -> p.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .forEach(name -> {
                        long pid = Long.parseLong(name);
                        String commandLine = read(PROC.resolve(name).resolve("cmdline")).replace('\0', ' ');
                        commandLines.put(pid, commandLine);
                        parents.put(pid, statusValue(PROC.resolve(name).resolve("status"), "PPid:"));
                    });
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        String profileArgument = "--user-data-dir=" + profile;
        long peak = -1;
        for (Map.Entry<Long, String> process : commandLines.entrySet()) {
            if (process.getValue().contains("--type=renderer")
                    && descendsFrom(process.getKey(), profileArgument, parents, commandLines)) {
                long hwm = statusValue(PROC.resolve(process.getKey().toString()).resolve("status"), "VmHWM:");
                peak = Math.max(peak, hwm * 1024);
            }
        }
        return peak > 0 ? OptionalLong.of(peak) : OptionalLong.empty();
    }

    private static boolean descendsFrom(long pid, String argument, Map<Long, Long> parents,
            Map<Long, String> commandLines) {
        Long current = parents.get(pid);
        for (int depth = 0; current != null && current > 1 && depth < 8; depth++) {
            if (commandLines.getOrDefault(current, "").contains(argument)) {
                return true;
            }
            current = parents.get(current);
        }
        return false;
    }

    /** The number after {@code key} in a {@code /proc} status file (kB for memory), or -1. */
    private static long statusValue(Path status, String key) {
        for (String line : read(status).split("\n")) {
            if (line.startsWith(key)) {
                String[] parts = line.substring(key.length()).trim().split("\\s+");
                return Long.parseLong(parts[0]);
            }
        }
        return -1;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";   // the process ended meanwhile
        }
    }
}
