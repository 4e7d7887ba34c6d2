/** The js_modules and jsImport fixtures: the test bundle {@code pekoe-modules.js}, run in Chromium. */
package io.github.pekoe.examples.modules;
