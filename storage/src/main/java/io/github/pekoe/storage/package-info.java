/**
 * {@code storage}: PyScript's {@code pyscript.storage} for Java. {@link io.github.pekoe.storage.Storage#storage(String)}
 * loads a named store into a {@link io.github.pekoe.storage.Storage}, a {@code Map<String, Object>} whose
 * writes are queued in order and made durable by {@link io.github.pekoe.storage.Storage#sync()}. The data
 * is kept exactly as PyScript keeps it (IndexedDB database {@code IDBMap/@pyscript/NAME}, object store
 * {@code entries}, values as Flatted text of {@code ["generic", v]}, {@code ["null", 0]} or
 * {@code ["bytearray", [ints]]}), so PyScript and Pekoe pages of one origin share stores. Where the
 * browser has no IndexedDB, localStorage holds the same values.
 *
 * <p>Nullability is in the types: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.pekoe.storage;

import org.jspecify.annotations.NullMarked;
