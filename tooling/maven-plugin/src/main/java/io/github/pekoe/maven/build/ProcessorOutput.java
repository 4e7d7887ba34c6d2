package io.github.pekoe.maven.build;

import io.github.pekoe.maven.bundle.BundlePlanner;
import io.github.pekoe.maven.bundle.PlannedBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Checks, before TeaVM runs, that Pekoe's annotation processor wrote what the bundles need: without it a
 * bundle builds but runs no script, so its absence is a build failure that says how to name the processor.
 */
final class ProcessorOutput {
    static final String HOW = "Pekoe's annotation processor did not run: name it for javac (README, \"Add Pekoe to a"
            + " project\": the dependency io.github.pekoe:processor in scope provided and the property"
            + " maven.compiler.proc=full; javac 23 and later run no processor they only find on the class path)";

    private ProcessorOutput() {
    }

    /** Fails unless {@code classes} hold the processor's output for {@code bundle}. */
    static void require(Path classes, PlannedBundle bundle) throws BuildFailure {
        if (bundle.mainClass().equals(BundlePlanner.BOOTSTRAP)) {
            if (!hasNameIndex(classes)) {
                throw new BuildFailure("no name index in " + classes.resolve("META-INF/pekoe") + ": either no class has"
                        + " @Script, @Handler or @When, or " + HOW, null);
            }
            return;
        }
        Path entry = classes.resolve(bundle.mainClass().replace('.', '/') + ".class");
        if (!Files.isRegularFile(entry)) {
            throw new BuildFailure("bundle '" + bundle.name() + "': no class " + bundle.mainClass() + " in " + classes
                    + ": either its package has no @Script, @Handler or @When, or " + HOW, null);
        }
    }

    private static boolean hasNameIndex(Path classes) throws BuildFailure {
        Path folder = classes.resolve("META-INF/pekoe");
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".names"));
        } catch (IOException e) {
            throw new BuildFailure("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }
}
