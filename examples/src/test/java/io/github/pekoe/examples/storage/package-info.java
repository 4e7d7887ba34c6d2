/** Browser tests of storage(): IndexedDB in Chromium, the localStorage path in HtmlUnit. */
package io.github.pekoe.examples.storage;
