package io.github.pekoe.teavm;

import org.teavm.backend.javascript.JavaScriptTarget;
import org.teavm.backend.javascript.TeaVMJavaScriptHost;
import org.teavm.backend.javascript.codegen.SourceWriter;
import org.teavm.backend.javascript.spi.Generator;
import org.teavm.backend.javascript.spi.GeneratorContext;
import org.teavm.dependency.DependencyAgent;
import org.teavm.dependency.DependencyPlugin;
import org.teavm.dependency.MethodDependency;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * A TeaVM compiler plugin that gives banners Java frames in a development build: when the build
 * writes a source map or debug information ({@code sourceMapsGenerated} or
 * {@code debugInformationGenerated}, which give the JavaScript target a debug emitter), it turns
 * {@code io.github.pekoe.internal.error.JavaFrames.of(String)} into a call of
 * {@code SourceMapFrames.rewrite}, which reads the bundle's source map when an error is reported.
 * In any other build it does nothing: the hook returns the JavaScript stack as it is, and the bundle
 * carries no source map reader.
 */
public final class JavaFramesPlugin implements TeaVMPlugin, ClassHolderTransformer, DependencyPlugin, Generator {
    private static final String HOOK = "io.github.pekoe.internal.error.JavaFrames";
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final MethodReference OF = new MethodReference(HOOK, "of", STRING, STRING);
    private static final MethodReference REWRITE = new MethodReference(
            "io.github.pekoe.internal.error.SourceMapFrames", "rewrite", STRING, STRING);

    @Override
    public void install(TeaVMHost host) {
        TeaVMJavaScriptHost js = host.getExtension(TeaVMJavaScriptHost.class);
        if (js instanceof JavaScriptTarget && ((JavaScriptTarget) js).getDebugEmitter() != null) {
            host.add(this);
            js.add(OF, this);
            host.add(OF, this);
        }
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().equals(HOOK)) {
            MethodHolder of = cls.getMethod(OF.getDescriptor());
            of.setProgram(null);
            of.getModifiers().add(ElementModifier.NATIVE);
        }
    }

    @Override
    public void methodReached(DependencyAgent agent, MethodDependency method) {
        MethodDependency rewrite = agent.linkMethod(REWRITE);
        method.getVariable(1).connect(rewrite.getVariable(1));
        rewrite.getResult().connect(method.getResult());
        rewrite.use();
    }

    @Override
    public void generate(GeneratorContext context, SourceWriter writer, MethodReference methodRef) {
        writer.append("return ").appendMethod(REWRITE).append("(").append(context.getParameterName(1)).append(");")
                .softNewLine();
    }
}
