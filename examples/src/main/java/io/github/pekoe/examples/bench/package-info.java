/**
 * The benchmark pages' Java, one package per page, each compiled into a bundle of its own from its
 * generated {@code PekoePage}. Each page writes what it measures into elements the benchmark runner
 * reads ({@code #out}, {@code #bind}, {@code #work}, {@code #done}).
 */
package io.github.pekoe.examples.bench;
