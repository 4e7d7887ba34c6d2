package io.github.pekoe.build;

import org.teavm.backend.javascript.TeaVMJavaScriptHost;
import org.teavm.backend.javascript.rendering.RenderingManager;
import org.teavm.vm.BuildTarget;
import org.teavm.vm.spi.AbstractRendererListener;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * A TeaVM compiler plugin, found through {@code META-INF/services/org.teavm.vm.spi.TeaVMPlugin}:
 * when the bundle's entry point is Pekoe's {@link #BOOTSTRAP}, the bundle calls it as its last
 * statement, so including the script is enough to start Pekoe. Other bundles are left unchanged.
 */
public final class AutoStartPlugin implements TeaVMPlugin {
    /** The entry point whose bundles start themselves. */
    public static final String BOOTSTRAP = "io.github.pekoe.boot.Bootstrap";

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
            if (BOOTSTRAP.equals(manager.getEntryPoint())) {
                manager.getWriter().append("Promise.resolve().then(function()").ws().append("{").ws()
                        .appendFunction("$rt_export_main").append("([]);").ws().append("});").newLine();
            }
        }
    }
}
