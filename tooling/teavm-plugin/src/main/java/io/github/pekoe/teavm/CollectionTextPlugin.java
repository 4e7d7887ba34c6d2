package io.github.pekoe.teavm;

import org.teavm.backend.javascript.TeaVMJavaScriptHost;
import org.teavm.backend.javascript.codegen.SourceWriter;
import org.teavm.backend.javascript.spi.Generator;
import org.teavm.backend.javascript.spi.GeneratorContext;
import org.teavm.dependency.DependencyAgent;
import org.teavm.dependency.DependencyNode;
import org.teavm.dependency.DependencyPlugin;
import org.teavm.dependency.MethodDependency;
import org.teavm.dependency.MethodDependencyInfo;
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
 * A TeaVM compiler plugin that keeps {@code display()}'s text of collections, maps and arrays
 * ({@code io.github.pekoe.internal.display.CollectionText}) out of bundles that never show one. It
 * turns {@code CollectionHook.text(Object)} into generated code: a call to {@code CollectionText.of}
 * once TeaVM's dependency analysis sees a collection, a map or an array flow into its argument, and
 * {@code return null} otherwise ({@code display()} then writes the value's {@code toString()}, the
 * fallback it never reaches in that bundle).
 */
public final class CollectionTextPlugin implements TeaVMPlugin, ClassHolderTransformer, DependencyPlugin, Generator {
    private static final String HOOK = "io.github.pekoe.internal.display.CollectionHook";
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final MethodReference TEXT = new MethodReference(HOOK, "text", OBJECT, STRING);
    private static final MethodReference OF = new MethodReference(
            "io.github.pekoe.internal.display.CollectionText", "of", OBJECT, STRING);

    @Override
    public void install(TeaVMHost host) {
        TeaVMJavaScriptHost js = host.getExtension(TeaVMJavaScriptHost.class);
        if (js != null) {
            host.add(this);
            js.add(TEXT, this);
            host.add(TEXT, this);
        }
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().equals(HOOK)) {
            MethodHolder text = cls.getMethod(TEXT.getDescriptor());
            text.setProgram(null);
            text.getModifiers().add(ElementModifier.NATIVE);
        }
    }

    @Override
    public void methodReached(DependencyAgent agent, MethodDependency method) {
        DependencyNode value = method.getVariable(1);
        boolean[] linked = {false};
        value.addConsumer(type -> {
            if (!linked[0] && isShownAsCollection(agent, type.getValueType())) {
                linked[0] = true;
                MethodDependency of = agent.linkMethod(OF);
                value.connect(of.getVariable(1));
                of.getResult().connect(method.getResult());
                of.use();
            }
        });
    }

    private static boolean isShownAsCollection(DependencyAgent agent, ValueType type) {
        if (type instanceof ValueType.Array) {
            return true;
        }
        if (!(type instanceof ValueType.Object)) {
            return false;
        }
        String name = ((ValueType.Object) type).getClassName();
        return agent.getClassHierarchy().isSuperType("java.util.Collection", name, false)
                || agent.getClassHierarchy().isSuperType("java.util.Map", name, false);
    }

    @Override
    public void generate(GeneratorContext context, SourceWriter writer, MethodReference methodRef) {
        MethodDependencyInfo of = context.getDependency().getMethod(OF);
        if (of != null && of.isUsed()) {
            writer.append("return ").appendMethod(OF).append("(").append(context.getParameterName(1)).append(");")
                    .softNewLine();
        } else {
            writer.append("return null;").softNewLine();
        }
    }
}
