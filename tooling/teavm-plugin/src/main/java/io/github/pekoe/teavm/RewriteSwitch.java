package io.github.pekoe.teavm;

import org.teavm.backend.javascript.TeaVMJavaScriptHost;
import org.teavm.vm.spi.TeaVMHost;

/** The switch of a rewriting plugin: on for JavaScript builds unless its TeaVM property is {@code false}. */
final class RewriteSwitch {
    private RewriteSwitch() {
    }

    /** Tells whether a JavaScript build leaves the rewrite named by {@code property} on. */
    static boolean isOn(TeaVMHost host, String property) {
        return host.getExtension(TeaVMJavaScriptHost.class) != null
                && !"false".equals(host.getProperties().getProperty(property, "").trim());
    }
}
