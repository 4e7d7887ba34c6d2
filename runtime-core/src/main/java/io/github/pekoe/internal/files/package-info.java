/**
 * Internal, not API: the config's {@code files}, PyScript's shape. Their entries are expanded
 * ({@code {NAME}} placeholders, destinations, archives), fetched before any script runs, and written
 * into TeaVM's in-memory file system, where {@code java.io} and {@code java.nio.file} read them;
 * {@code .zip} and {@code .tar.gz} archives are unpacked with the browser's
 * {@code DecompressionStream}. Reachable only from {@code Bootstrap.enableFiles()}, the archive
 * readers only from {@code Bootstrap.enableArchives()}. Any release may change it.
 */
package io.github.pekoe.internal.files;
