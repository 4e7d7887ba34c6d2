package io.github.pekoe.maven.bundle;

import io.github.pekoe.teavm.CompileHint;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.teavm.backend.javascript.JSModuleType;
import org.teavm.diagnostics.ProblemProvider;
import org.teavm.tooling.TeaVMProblemRenderer;
import org.teavm.tooling.TeaVMSourceFilePolicy;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.tooling.TeaVMToolLog;
import org.teavm.tooling.sources.DirectorySourceFileProvider;

/**
 * Compiles bundles with TeaVM's tool in this JVM and Pekoe's settings: a plain script (no module
 * wrapper) whose one global is the entry function {@code pekoe}, which Pekoe's compiler plugin makes
 * start itself, with V8's compile hint on top ({@link CompileHint}; not with a source map). TeaVM's
 * problems go to the log with their Java location and call chain; an error among them is a
 * {@link BundleException}.
 */
public final class BundleCompiler {
    private final ClassLoader classes;
    private final Path targetDirectory;
    private final Path cacheDirectory;
    private final CompileOptions options;
    private final List<Path> sourceDirectories;
    private final TeaVMToolLog log;

    /**
     * A compiler that reads classes through {@code classes} (the project's classes and dependencies
     * before TeaVM's library and Pekoe's compiler plugins) and writes into {@code targetDirectory}.
     * {@code sourceDirectories} are copied beside source maps.
     */
    public BundleCompiler(ClassLoader classes, Path targetDirectory, Path cacheDirectory, CompileOptions options,
            List<Path> sourceDirectories, TeaVMToolLog log) {
        this.classes = classes;
        this.targetDirectory = targetDirectory;
        this.cacheDirectory = cacheDirectory;
        this.options = options;
        this.sourceDirectories = List.copyOf(sourceDirectories);
        this.log = log;
    }

    /** Compiles {@code bundle}; returns its file. */
    public Path compile(PlannedBundle bundle) throws BundleException {
        TeaVMTool tool = new TeaVMTool();
        tool.setLog(log);
        tool.setClassLoader(classes);
        tool.setTargetType(TeaVMTargetType.JAVASCRIPT);
        tool.setJsModuleType(JSModuleType.NONE);
        tool.setEntryPointName("pekoe");
        tool.setMainClass(bundle.mainClass());
        tool.setTargetDirectory(targetDirectory.toFile());
        tool.setTargetFileName(bundle.fileName());
        tool.setCacheDirectory(cacheDirectory.resolve(bundle.name()).toFile());
        tool.setObfuscated(options.minifying());
        tool.setOptimizationLevel(options.optimizationLevel());
        tool.setIncremental(false);
        tool.setSourceMapsFileGenerated(options.sourceMaps());
        tool.setDebugInformationGenerated(options.debugInformation());
        if (options.sourceMaps()) {
            tool.setSourceFilePolicy(TeaVMSourceFilePolicy.COPY);
            for (Path sources : sourceDirectories) {
                tool.addSourceFileProvider(new DirectorySourceFileProvider(new File(sources.toString())));
            }
        }
        tool.getProperties().putAll(options.properties());
        try {
            tool.generate();
        } catch (TeaVMToolException | RuntimeException e) {
            throw new BundleException("TeaVM could not build " + bundle.fileName() + " from " + bundle.mainClass()
                    + ": " + e.getMessage(), e);
        }
        ProblemProvider problems = tool.getProblemProvider();
        if (!problems.getProblems().isEmpty()) {
            TeaVMProblemRenderer.describeProblems(tool.getDependencyInfo().getCallGraph(), problems, log);
        }
        if (!problems.getSevereProblems().isEmpty()) {
            throw new BundleException("TeaVM found " + problems.getSevereProblems().size() + " error(s) in "
                    + bundle.fileName() + " (from " + bundle.mainClass() + "); each is logged above with its location",
                    null);
        }
        Path file = targetDirectory.resolve(bundle.fileName());
        try {
            CompileHint.prepend(file);
        } catch (IOException e) {
            throw new BundleException("cannot add the compile hint to " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
