/**
 * JavaScript modules for Java: the config's {@code js_modules}, imported before any script runs in
 * bundles whose Java asks for them, and {@code jsImport(...)}, which imports ES modules on demand and
 * blocks the calling Java thread until they are in.
 */
package io.github.pekoe.internal.modules;
