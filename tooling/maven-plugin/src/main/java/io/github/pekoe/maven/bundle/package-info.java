/**
 * What the {@code build} goal compiles and how: the bundle list ({@link io.github.pekoe.maven.bundle.BundlePlanner}),
 * TeaVM's options in the build and dev modes ({@link io.github.pekoe.maven.bundle.CompileOptions}) and the run of
 * TeaVM's tool for one bundle ({@link io.github.pekoe.maven.bundle.BundleCompiler}).
 */
package io.github.pekoe.maven.bundle;
