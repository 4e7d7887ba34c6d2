/**
 * Browser tests of the {@code io.github.pekoe.web} API and {@code Ffi}: PyScript's web and ffi
 * behaviours, run by the fixture scripts of {@code WebFixtures*} in the {@code web-*.html} test pages
 * and checked in the DOM, in HtmlUnit and Chromium.
 */
package io.github.pekoe.examples.web;
