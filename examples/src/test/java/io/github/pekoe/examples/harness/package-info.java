/**
 * The browser test harness: every browser test opens a page on the shared {@link
 * io.github.pekoe.examples.harness.TestSite} in a {@link io.github.pekoe.examples.harness.Lane}
 * (HtmlUnit inside the JVM, or Debian's headless Chromium through Playwright) and inspects it
 * through one {@link io.github.pekoe.examples.harness.BrowserPage} API. Annotate tests with
 * {@link io.github.pekoe.examples.harness.BothLanes} or
 * {@link io.github.pekoe.examples.harness.ChromiumOnly}.
 */
package io.github.pekoe.examples.harness;
