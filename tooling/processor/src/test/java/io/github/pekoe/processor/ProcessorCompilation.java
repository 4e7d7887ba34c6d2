package io.github.pekoe.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One javac run over a small source tree with some of Pekoe's annotation processors, on the test
 * class path (which holds the annotations and TeaVM's DOM event types): what it reported and generated.
 */
final class ProcessorCompilation {
    final boolean success;
    final List<Diagnostic<? extends JavaFileObject>> diagnostics;
    final Path classes;
    final Path generated;
    final String output;

    private ProcessorCompilation(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics,
            Path classes, Path generated, String output) {
        this.success = success;
        this.diagnostics = diagnostics;
        this.classes = classes;
        this.generated = generated;
        this.output = output;
    }

    /**
     * Writes {@code pathsAndSources} (path, source, path, source...) under {@code root} and compiles
     * them with {@code processors} (a comma-separated list of processor class names).
     */
    static ProcessorCompilation compile(Path root, String processors, String... pathsAndSources) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests need a JDK, not a JRE");
        Path src = Files.createDirectories(root.resolve("src"));
        Path classes = Files.createDirectories(root.resolve("classes"));
        Path generated = Files.createDirectories(root.resolve("generated"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < pathsAndSources.length; i += 2) {
            Path file = src.resolve(pathsAndSources[i]);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, pathsAndSources[i + 1], StandardCharsets.UTF_8);
            files.add(file);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "-processor", processors,
                    "-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(),
                    "-s", generated.toString(),
                    "-encoding", "UTF-8",
                    "-implicit:class");
            boolean success = javac.getTask(output, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
            return new ProcessorCompilation(success, diagnostics.getDiagnostics(), classes, generated,
                    output.toString());
        }
    }

    List<Diagnostic<? extends JavaFileObject>> errors() {
        return diagnostics.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).collect(Collectors.toList());
    }

    List<String> errorMessages() {
        return errors().stream().map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
    }

    /** Everything javac said, for assertion messages. */
    String report() {
        StringBuilder text = new StringBuilder(output);
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            text.append('\n').append(d.getKind()).append(' ')
                    .append(d.getSource() == null ? "-" : d.getSource().getName()).append(':')
                    .append(d.getLineNumber()).append(' ').append(d.getMessage(Locale.ROOT));
        }
        return text.toString();
    }

    /** The generated source {@code pkg.simpleName}, which must exist. */
    String generatedSource(String pkg, String simpleName) throws IOException {
        Path file = generatedPath(pkg, simpleName);
        assertTrue(Files.isRegularFile(file), "no generated " + file + "\n" + report());
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Where the generated source {@code pkg.simpleName} would be. */
    Path generatedPath(String pkg, String simpleName) {
        return generated.resolve(pkg.isEmpty() ? "" : pkg.replace('.', '/')).resolve(simpleName + ".java");
    }

    /** Where the class file of {@code pkg.simpleName} would be. */
    Path classFile(String pkg, String simpleName) {
        return classes.resolve(pkg.isEmpty() ? "" : pkg.replace('.', '/')).resolve(simpleName + ".class");
    }

    /** The non-blank lines of the class-output resource {@code path}, which must exist. */
    List<String> resourceLines(String path) throws IOException {
        Path file = classes.resolve(path);
        assertTrue(Files.isRegularFile(file), "no " + path + "\n" + report());
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::trim).filter(line -> !line.isEmpty()).collect(Collectors.toList());
    }

    /** A class loader over the compiled classes whose parent is the test's (so it shares Pekoe's types). */
    URLClassLoader loader() throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, ProcessorCompilation.class.getClassLoader());
    }

    /** Asserts that the compilation failed with exactly {@code message}, reported in {@code fileName}. */
    void assertOnlyError(String message, String fileName) {
        assertFalse(success, "expected the compilation to fail\n" + report());
        assertEquals(List.of(message), errorMessages(), report());
        Diagnostic<? extends JavaFileObject> error = errors().get(0);
        assertNotNull(error.getSource(), report());
        assertTrue(error.getSource().getName().endsWith(fileName), report());
    }

    /** Asserts that the compilation succeeded without any error. */
    void assertSuccess() {
        assertTrue(success, report());
        assertTrue(errors().isEmpty(), report());
    }

    /** How often {@code part} occurs in {@code text}. */
    static long count(String text, String part) {
        long count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    /**
     * The calls made by the switch cases of every registration that starts with {@code registration}
     * (e.g. {@code catalog.add("x", new Entry(}), in the order the registrations appear.
     */
    static List<String> callsOf(String index, String registration) {
        List<String> calls = new ArrayList<>();
        Matcher matcher = Pattern.compile(Pattern.quote(registration) + "(\\d+)\\)\\);").matcher(index);
        while (matcher.find()) {
            calls.add(caseCall(index, Integer.parseInt(matcher.group(1))));
        }
        return calls;
    }

    /** The statement that {@code case id} of the generated dispatcher runs before it returns, or null. */
    static String caseCall(String index, int id) {
        Matcher matcher = Pattern.compile("\n {16}case " + id + ":\n {20}(.*);\n {20}return;\n").matcher(index);
        return matcher.find() ? matcher.group(1) : null;
    }
}
