package io.github.pekoe.teavm;

import org.teavm.backend.javascript.TeaVMJavaScriptHost;
import org.teavm.backend.javascript.codegen.SourceWriter;
import org.teavm.backend.javascript.spi.Generator;
import org.teavm.backend.javascript.spi.GeneratorContext;
import org.teavm.dependency.DependencyAgent;
import org.teavm.dependency.DependencyPlugin;
import org.teavm.dependency.MethodDependency;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * A TeaVM compiler plugin that writes {@code io.github.pekoe.internal.event.HandlerThreads.runNow}: it starts
 * a TeaVM thread synchronously with the runtime's own {@code $rt_startThread} (as the exported main
 * function does), instead of {@code Thread.start()}, which waits for a timer. When a thread is
 * already running (a script dispatched the event itself), the new thread is started nested: the
 * running one is set aside for the call and restored after it, whether the new thread finished or
 * blocked.
 */
public final class HandlerThreadsPlugin implements TeaVMPlugin, Generator, DependencyPlugin {
    private static final String THREADS = "io.github.pekoe.internal.event.HandlerThreads";
    private static final ValueType RUNNABLE = ValueType.object("io.github.pekoe.SimpleHandler");
    private static final ValueType OBJECT = ValueType.object("java.lang.Object");
    private static final MethodReference RUN_NOW = new MethodReference(THREADS, "runNow", OBJECT, RUNNABLE,
            ValueType.VOID);
    private static final MethodReference LAUNCH = new MethodReference(THREADS, "launch", OBJECT, RUNNABLE,
            ValueType.VOID);

    @Override
    public void install(TeaVMHost host) {
        TeaVMJavaScriptHost js = host.getExtension(TeaVMJavaScriptHost.class);
        if (js != null) {
            js.add(RUN_NOW, this);
            host.add(RUN_NOW, this);
        }
    }

    @Override
    public void methodReached(DependencyAgent agent, MethodDependency method) {
        MethodDependency launch = agent.linkMethod(LAUNCH);
        method.getVariable(1).connect(launch.getVariable(1));
        method.getVariable(2).connect(launch.getVariable(2));
        launch.use();
    }

    @Override
    public void generate(GeneratorContext context, SourceWriter writer, MethodReference methodRef) {
        String where = context.getParameterName(1);
        String call = context.getParameterName(2);
        writer.append("let outer").ws().append("=").ws().appendFunction("$rt_nativeThread").append("();")
                .softNewLine();
        writer.append("let start").ws().append("=").ws().append("()").ws().append("=>").ws()
                .appendFunction("$rt_startThread").append("(()").ws().append("=>").ws()
                .appendMethod(LAUNCH).append("(").append(where).append(",").ws().append(call).append("));").softNewLine();
        writer.append("if").ws().append("(outer").ws().append("===").ws().append("null)").ws().append("{")
                .ws().append("start();").ws().append("return;").ws().append("}").softNewLine();
        writer.appendFunction("$rt_currentNativeThread").ws().append("=").ws().append("null;").softNewLine();
        writer.append("try").ws().append("{").ws().append("start();").ws().append("}").ws()
                .append("finally").ws().append("{").ws().appendFunction("$rt_currentNativeThread").ws()
                .append("=").ws().append("outer;").ws().append("}").softNewLine();
    }
}
