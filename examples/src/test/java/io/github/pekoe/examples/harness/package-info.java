/**
 * What Pekoe's own browser tests need beyond the testing module ({@code io.github.pekoe.testing}, whose
 * lanes, pages and annotations they use): the {@link io.github.pekoe.examples.harness.TestSite}, the
 * suite's site (the gallery, the test pages and their APIs), the fetch and WebSocket tests'
 * {@link io.github.pekoe.examples.harness.TestApi}, and the {@link io.github.pekoe.examples.harness.XssCorpus}.
 */
package io.github.pekoe.examples.harness;
