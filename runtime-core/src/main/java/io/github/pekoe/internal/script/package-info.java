/**
 * Internal, not API: the catalogue of scripts a page can name, and the provider interface the
 * generated registries implement. Any release may change it.
 */
package io.github.pekoe.internal.script;
