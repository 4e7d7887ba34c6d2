/**
 * Tests of Pekoe pages, run on the JVM with JUnit 5: {@link io.github.pekoe.testing.BothLanes} and
 * {@link io.github.pekoe.testing.ChromiumOnly} run a test method in each browser
 * {@link io.github.pekoe.testing.Lane} (HtmlUnit inside the JVM; an installed headless Chromium),
 * which opens pages of the built {@link io.github.pekoe.testing.Site} (a
 * {@link io.github.pekoe.testing.SiteServer} over {@code target/site} on 127.0.0.1 by default) and
 * reads and drives them through {@link io.github.pekoe.testing.BrowserPage}. A page's error banners and
 * page errors fail the test unless it reads them or declares {@link io.github.pekoe.testing.ExpectPageErrors}.
 * Both lanes run the lifecycle probe {@code io/github/pekoe/testing/probe.js} (a resource beside these
 * classes) in every page before its scripts; it records {@code java:all-done}. {@link
 * io.github.pekoe.testing.PageJson} gives JVM tests the values a page gets from JSON.
 *
 * <p>System properties: {@code pekoe.testing.site} (the site's directory, default {@code target/site}),
 * {@code pekoe.testing.chromium} or the environment variable {@code PEKOE_CHROMIUM} (Chromium's
 * executable, default {@code /usr/bin/chromium}; never downloaded), {@code pekoe.testing.requireChromium}
 * or {@code PEKOE_REQUIRE_CHROMIUM} ({@code true}: a missing Chromium fails the Chromium lane instead
 * of skipping it).
 */
package io.github.pekoe.testing;
