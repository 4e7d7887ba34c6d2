/** End-to-end tests of the gallery pages in headless Chromium, served as the main command serves them. */
package io.github.pekoe.examples.gallery;
