package io.github.pekoe.maven.dev;

import io.github.pekoe.maven.build.BuildLog;
import io.github.pekoe.maven.build.BuildRequest;
import io.github.pekoe.maven.bundle.BundlePlanner;
import io.github.pekoe.maven.bundle.CompileOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A project folder set up for a development session, as the dev-session tests share it: javac over
 * {@code src/main/java} into {@code target/classes} with the test's own class path (Pekoe's runtime and
 * processor), the dev build request for one {@code Bootstrap} bundle, and a log kept as {@code LEVEL text} lines.
 */
final class DevProject {
    /** Compiles the project's sources again, as a session does. */
    final JavaRecompiler javac;
    /** The dev build of the project's site. */
    final BuildRequest request;
    /** Every line logged so far, as {@code LEVEL text}; lock it to read while a session runs. */
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    /** The log that writes {@link #log}. */
    final BuildLog recording = new BuildLog() {
        @Override
        protected void write(Level level, String text, Throwable error) {
            log.add(level + " " + text);
        }
    };

    DevProject(Path folder) throws IOException {
        Path classes = folder.resolve("target/classes");
        Files.createDirectories(classes);
        List<Path> classPath = new ArrayList<>(List.of(classes));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry));
        }
        javac = new JavaRecompiler(folder.resolve("src/main/java"), classes, classPath, "17");
        request = new BuildRequest(folder, classes, List.of(classes), folder.resolve("src/main/java"),
                folder.resolve("src/main/webapp"), folder.resolve("target/site"), "app", BundlePlanner.plan(null),
                CompileOptions.resolve(true, null, null, null, null), folder.resolve("target/pekoe-cache"), false, false);
    }
}
