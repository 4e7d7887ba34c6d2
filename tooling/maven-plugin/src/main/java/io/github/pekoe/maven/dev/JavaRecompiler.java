package io.github.pekoe.maven.dev;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles a project's Java sources again with the JDK's javac, the project's class path and Pekoe's annotation
 * processor (found on that class path and run with {@code -proc:full}, as javac 23 and later need).
 */
public final class JavaRecompiler {
    private final Path sources;
    private final Path classes;
    private final List<Path> classPath;
    private final String release;

    /** A compiler of {@code sources} into {@code classes} for Java {@code release}, with {@code classPath}. */
    public JavaRecompiler(Path sources, Path classes, List<Path> classPath, String release) {
        this.sources = sources;
        this.classes = classes;
        this.classPath = List.copyOf(classPath);
        this.release = release;
    }

    /** Compiles every source; returns null when javac succeeded, else its messages. */
    public String compile() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return "no Java compiler in this JVM: run Maven with a JDK";
        }
        List<String> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(file -> file.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
        String path = String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList());
        List<String> args = new ArrayList<>(List.of("--release", release, "-proc:full", "-encoding", "UTF-8",
                "-classpath", path, "-processorpath", path, "-d", classes.toString()));
        args.addAll(files);
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac.run(null, messages, messages, args.toArray(new String[0]));
        return status == 0 ? null : messages.toString(StandardCharsets.UTF_8);
    }
}
