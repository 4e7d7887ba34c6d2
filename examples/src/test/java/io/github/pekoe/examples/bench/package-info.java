/**
 * The benchmark: {@link io.github.pekoe.examples.bench.BenchmarkRunner} loads each benchmark page
 * (Pekoe, hand-written JavaScript and PyScript MicroPython twins) cold in headless Chromium against a
 * loopback server, repeatedly and interleaved, and writes a markdown report;
 * {@link io.github.pekoe.examples.bench.BenchmarkSmokeTest} runs every page once in the normal build
 * so the suite keeps working.
 */
package io.github.pekoe.examples.bench;
