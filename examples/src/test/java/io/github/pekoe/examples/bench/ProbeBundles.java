package io.github.pekoe.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.teavm.backend.javascript.JSModuleType;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * Builds a cost probe's bundle in this JVM with TeaVM's own tool and the settings of the examples'
 * page bundles (minified, ADVANCED, a plain script whose entry is {@code pekoe}), with Pekoe's
 * compiler plugins found on the class path as the Maven plugin finds them. Without the rerouting,
 * the TeaVM property {@code pekoe.compactStrings} is {@code false}, so the bundle carries TeaVM's
 * own implementation of the call.
 */
final class ProbeBundles {
    private ProbeBundles() {
    }

    /** Builds {@code probe}'s bundle into {@code dir} ({@code routed/} or {@code teavm/}) and returns it. */
    static Path build(Path dir, CostProbe probe, boolean routed) throws IOException {
        Path target = dir.resolve(routed ? "routed" : "teavm");
        Files.createDirectories(target);
        TeaVMTool tool = new TeaVMTool();
        tool.setClassLoader(ProbeBundles.class.getClassLoader());
        tool.setTargetType(TeaVMTargetType.JAVASCRIPT);
        tool.setJsModuleType(JSModuleType.NONE);
        tool.setEntryPointName("pekoe");
        tool.setMainClass(probe.mainClass());
        tool.setTargetDirectory(target.toFile());
        tool.setTargetFileName(probe.id() + ".js");
        tool.setObfuscated(true);
        tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
        tool.setIncremental(false);
        tool.setSourceMapsFileGenerated(false);
        tool.setDebugInformationGenerated(false);
        if (!routed) {
            tool.getProperties().setProperty("pekoe.compactStrings", "false");
        }
        try {
            tool.generate();
        } catch (TeaVMToolException e) {
            throw new IOException("TeaVM could not build the " + probe.id() + " probe", e);
        }
        if (!tool.getProblemProvider().getSevereProblems().isEmpty()) {
            throw new IOException("TeaVM reports problems in the " + probe.id() + " probe: "
                    + tool.getProblemProvider().getSevereProblems().size() + " severe, the first: "
                    + tool.getProblemProvider().getSevereProblems().get(0).getText());
        }
        return target.resolve(probe.id() + ".js");
    }
}
