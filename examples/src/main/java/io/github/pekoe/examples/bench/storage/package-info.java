/** The benchmark page that writes 10,000 keys to storage and syncs them. */
package io.github.pekoe.examples.bench.storage;
