package io.github.pekoe.internal.script;

import io.github.pekoe.Script;

/**
 * Adds scripts to the catalogue at start-up. The annotation processor generates one per package
 * with {@link Script} classes; a library may also list its own in
 * {@code META-INF/services/io.github.pekoe.internal.script.ScriptProvider}.
 */
public interface ScriptProvider {
    /** Registers this provider's scripts. */
    void registerScripts(ScriptCatalog catalog);
}
