/**
 * Internal, not API: Pekoe's TOML 1.0 reader for page config, hand-written so that it ships small and
 * only in bundles whose page entry asks for it ({@code @TomlConfig}, or {@code Bootstrap}). Any
 * release may change it.
 */
package io.github.pekoe.internal.toml;
