/**
 * Browser tests of {@code fetch()} against the test API of the test site: the fetch path in
 * Chromium, the XMLHttpRequest path in HtmlUnit, and both paths in Chromium side by side.
 */
package io.github.pekoe.examples.fetch;
