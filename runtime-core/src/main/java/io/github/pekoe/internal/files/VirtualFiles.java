package io.github.pekoe.internal.files;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;

/** Writes into the page's in-memory file system, the one {@code java.io} and {@code java.nio.file} read. */
final class VirtualFiles {
    private VirtualFiles() {
    }

    /**
     * Writes {@code bytes} to the absolute {@code path}, making its directories.
     *
     * @throws IllegalStateException if a directory on the way is a file, or the path is a directory
     */
    static void write(String path, byte[] bytes) {
        File file = new File(path);
        directory(file.getParentFile());
        if (file.isDirectory()) {
            throw new IllegalStateException(path + " is a directory");
        }
        try (FileOutputStream out = new FileOutputStream(file)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + path + ": " + e.getMessage());
        }
    }

    /**
     * Makes the directory {@code dir} and those above it.
     *
     * @throws IllegalStateException if one of them is a file
     */
    static void directory(File dir) {
        if (dir != null && !dir.isDirectory() && !dir.mkdirs()) {
            throw new IllegalStateException("cannot make the directory " + dir.getPath()
                    + " (a file of that name is in the way)");
        }
    }
}
