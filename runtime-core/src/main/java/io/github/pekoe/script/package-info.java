/**
 * Java scripts a page can run: the {@link io.github.pekoe.script.Script} annotation, the catalogue of
 * names, and the provider interface that generated (or hand-written) registries implement.
 */
package io.github.pekoe.script;
