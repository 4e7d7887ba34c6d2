package io.github.pekoe.pagecheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The names every package registers, read from the {@code META-INF/pekoe/*.names} indexes of class-output
 * folders and jars (the format is the annotation processor's {@code NameIndexFormat}). A package split
 * over several outputs has its names merged.
 */
final class NameIndex {
    private static final String DIRECTORY = "META-INF/pekoe/";

    private final Map<String, PackageNames> packages = new TreeMap<>();
    private final List<Finding> problems = new ArrayList<>();
    private int files;

    /** Reads the indexes of {@code outputs}; what cannot be read becomes an {@link Rule#INPUT} finding. */
    static NameIndex read(Collection<Path> outputs) {
        NameIndex index = new NameIndex();
        for (Path output : outputs) {
            try {
                if (Files.isDirectory(output)) {
                    index.readFolder(output);
                } else if (Files.isRegularFile(output)) {
                    index.readJar(output);
                }
            } catch (IOException | RuntimeException e) {
                index.problems.add(new Finding(Rule.INPUT, output.toString(), 0, 0,
                        "cannot read the name indexes: " + e.getMessage()));
            }
        }
        return index;
    }

    /** Every package with an index, by name. */
    Map<String, PackageNames> packages() {
        return packages;
    }

    /** Whether any index was found. */
    boolean isEmpty() {
        return files == 0;
    }

    /** What could not be read. */
    List<Finding> problems() {
        return problems;
    }

    private void readFolder(Path output) throws IOException {
        Path folder = output.resolve(DIRECTORY);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.sorted().toList()) {
                if (file.getFileName().toString().endsWith(".names")) {
                    parse(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            }
        }
    }

    private void readJar(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(DIRECTORY) && name.endsWith(".names") && name.indexOf('/', DIRECTORY.length()) < 0) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        parse(jar + "!/" + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
    }

    /** Adds one index's entries; lines it does not know are skipped, so newer processors stay readable. */
    void parse(String source, String text) {
        files++;
        PackageNames names = null;
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isEmpty() || lines[i].startsWith("#")) {
                continue;
            }
            String[] fields = fields(lines[i]);
            if (fields[0].equals("package")) {
                String pkg = fields.length > 1 ? fields[1] : "";
                names = packages.computeIfAbsent(pkg, PackageNames::new);
            } else if (names == null) {
                problems.add(new Finding(Rule.INPUT, source, i + 1, 0, "a name index must start with its package line"));
                return;
            } else {
                add(names, fields);
            }
        }
    }

    private static void add(PackageNames names, String[] fields) {
        String name = fields.length > 1 ? fields[1] : "";
        switch (fields[0]) {
            case "script" -> names.scripts.add(name);
            case "handler" -> names.handlers.add(name);
            case "code-script" -> names.codeScripts.add(name);
            case "code-handler" -> names.codeHandlers.add(name);
            case "toml" -> names.toml = true;
            case "js-modules" -> names.jsModules = true;
            case "when" -> {
                if (fields.length >= 4) {
                    names.whens.add(new WhenBinding(names.pkg, fields[1], fields[2], fields[3],
                            fields.length > 4 ? fields[4] : fields[3], number(fields, 5), number(fields, 6)));
                }
            }
            default -> {
            }
        }
    }

    private static int number(String[] fields, int i) {
        try {
            return i < fields.length ? Integer.parseInt(fields[i]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Splits a line at tabs and undoes the escapes of {@code \t}, {@code \n}, {@code \r} and {@code \\}. */
    static String[] fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                field.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(new String[0]);
    }
}
