package io.github.pekoe.internal.files;

/** A file or directory inside an archive: its name and where its (maybe compressed) bytes lie. */
public final class ArchiveEntry {
    private final String name;
    private final int offset;
    private final int size;
    private final boolean directory;
    private final boolean deflated;

    ArchiveEntry(String name, int offset, int size, boolean directory, boolean deflated) {
        this.name = name;
        this.offset = offset;
        this.size = size;
        this.directory = directory;
        this.deflated = deflated;
    }

    /** The entry's path inside the archive, '/'-separated. */
    public String name() {
        return name;
    }

    /** Where its bytes start in the archive. */
    public int offset() {
        return offset;
    }

    /** How many bytes it takes in the archive. */
    public int size() {
        return size;
    }

    /** Whether it is a directory (no bytes). */
    public boolean isDirectory() {
        return directory;
    }

    /** Whether its bytes are raw deflate data (a zip entry's method 8) rather than stored as they are. */
    public boolean isDeflated() {
        return deflated;
    }

    /** A copy of its bytes out of {@code archive}. */
    public byte[] bytes(byte[] archive) {
        byte[] copy = new byte[size];
        for (int i = 0; i < size; i++) {
            copy[i] = archive[offset + i];
        }
        return copy;
    }
}
