package io.github.pekoe.maven.build;

import io.github.pekoe.maven.bundle.CompileOptions;
import io.github.pekoe.maven.bundle.PlannedBundle;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A small user project in a folder, laid out as Maven lays one out: Java sources compiled by javac with Pekoe's
 * annotation processor (named on the processor path, as javac 23 and later need) into {@code target/classes},
 * and pages in {@code src/main/webapp}.
 */
final class TestProject {
    final Path folder;

    TestProject(Path folder) {
        this.folder = folder;
    }

    /** Writes {@code text} to {@code path} under the project folder. */
    TestProject write(String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    /** Compiles {@code src/main/java} into {@code target/classes} with this JVM's class path; fails on a javac error. */
    TestProject compile() throws IOException {
        Path classes = classes();
        Files.createDirectories(classes);
        List<String> sources;
        try (Stream<Path> walk = Files.walk(folder.resolve("src/main/java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
        }
        String classPath = System.getProperty("java.class.path");
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:full", "-classpath", classPath,
                "-processorpath", classPath, "-d", classes.toString()));
        args.addAll(sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, args.toArray(new String[0]));
        if (status != 0) {
            throw new AssertionError("javac failed (" + status + "): " + errors.toString(StandardCharsets.UTF_8));
        }
        return this;
    }

    /** A request to build this project's site with {@code bundles} in the build mode, the check on. */
    BuildRequest request(List<PlannedBundle> bundles) {
        List<Path> classPath = new ArrayList<>();
        classPath.add(classes());
        return new BuildRequest(folder, classes(), classPath, folder.resolve("src/main/java"),
                folder.resolve("src/main/webapp"), site(), "app", bundles,
                CompileOptions.resolve(false, null, null, null, null), folder.resolve("target/pekoe-cache"), false, false);
    }

    Path classes() {
        return folder.resolve("target/classes");
    }

    Path site() {
        return folder.resolve("target/site");
    }
}
