package io.github.pekoe.teavm;

import org.teavm.backend.javascript.TeaVMJavaScriptHost;
import org.teavm.backend.javascript.codegen.SourceWriter;
import org.teavm.backend.javascript.rendering.RenderingManager;
import org.teavm.vm.BuildTarget;
import org.teavm.vm.spi.AbstractRendererListener;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * A TeaVM compiler plugin, found through {@code META-INF/services/org.teavm.vm.spi.TeaVMPlugin}:
 * when the bundle's entry point is Pekoe's {@link #BOOTSTRAP} or a generated {@link #PAGE_ENTRY}, the
 * bundle ends by calling it as soon
 * as the document is parsed, so including the script is enough to start Pekoe. Other bundles are left
 * unchanged. ({@link CompileHint} then puts V8's compile hint on top of such a bundle, once TeaVM has
 * written it: TeaVM's own first line comes before anything a plugin writes.)
 */
public final class AutoStartPlugin implements TeaVMPlugin {
    /** The entry point whose bundles start themselves. */
    public static final String BOOTSTRAP = "io.github.pekoe.boot.Bootstrap";
    /** The simple name of the per-package entry points the annotation processor generates. */
    public static final String PAGE_ENTRY = "PekoePage";
    /** What the start call waits on while the document is parsed: its text marks a bundle that starts itself. */
    public static final String START_SIGNATURE = "document.addEventListener('DOMContentLoaded',g)";

    @Override
    public void install(TeaVMHost host) {
        TeaVMJavaScriptHost js = host.getExtension(TeaVMJavaScriptHost.class);
        if (js != null) {
            js.add(new StartCall());
        }
    }

    /** Appends the call of the exported main function after everything else is declared. */
    private static final class StartCall extends AbstractRendererListener {
        private RenderingManager manager;

        @Override
        public void begin(RenderingManager manager, BuildTarget buildTarget) {
            this.manager = manager;
        }

        @Override
        public void complete() {
            String entry = manager.getEntryPoint();
            if (!BOOTSTRAP.equals(entry) && !entry.endsWith("." + PAGE_ENTRY) && !entry.equals(PAGE_ENTRY)) {
                return;
            }
            // Start once the whole bundle is evaluated and the document is parsed: at once when the
            // script loads after parsing (async, defer, or added later), else on DOMContentLoaded. The
            // one argument is the bundle's own URL, which workers load; in a worker there is no document.
            SourceWriter writer = manager.getWriter();
            writer.append("(function(s)").ws().append("{").ws()
                    .append("var d").ws().append("=").ws().append("typeof document!=='undefined',").ws()
                    .append("u").ws().append("=").ws().append("d").ws().append("?").ws()
                    .append("(document.currentScript||{}).src||''").ws().append(":").ws()
                    .append("self.location.href,").ws()
                    .append("g").ws().append("=").ws().append("function()").ws().append("{").ws()
                    .append("s(u)").ws().append("};").ws()
                    .append("d&&document.readyState==='loading'").ws().append("?").ws()
                    .append(START_SIGNATURE).ws().append(":").ws()
                    .append("Promise.resolve().then(g)").ws()
                    .append("})(function(u)").ws().append("{").ws()
                    .appendFunction("$rt_export_main").append("([u])").ws().append("});").newLine();
        }
    }
}
