package io.github.pekoe.internal.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a zip archive's central directory: its files and directories, in order, each stored or
 * deflated. Encrypted entries, other compression methods and ZIP64 archives are refused.
 */
public final class ZipEntries {
    private static final int END_RECORD = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;

    private ZipEntries() {
    }

    /**
     * Returns the files and directories of {@code zip}.
     *
     * @throws IllegalArgumentException if it is not a zip archive, is damaged, or holds an entry this
     *     reader cannot unpack (naming it)
     */
    public static ArchiveEntry[] read(byte[] zip) {
        int end = endRecord(zip);
        int count = u16(zip, end + 10);
        int at = u32(zip, end + 16);
        List<ArchiveEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (at < 0 || at + 46 > zip.length || u32(zip, at) != CENTRAL) {
                throw new IllegalArgumentException("not a valid zip archive: its central directory is damaged");
            }
            int flags = u16(zip, at + 8);
            int method = u16(zip, at + 10);
            int size = u32(zip, at + 20);
            int nameLength = u16(zip, at + 28);
            int local = u32(zip, at + 42);
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            if ((flags & 1) != 0) {
                throw new IllegalArgumentException("'" + name + "' in the zip archive is encrypted");
            }
            if (size < 0 || local < 0) {
                throw new IllegalArgumentException("'" + name + "' in the zip archive needs ZIP64, which is not read");
            }
            if (method != 0 && method != 8) {
                throw new IllegalArgumentException("'" + name + "' in the zip archive uses compression method "
                        + method + "; only stored (0) and deflated (8) entries are read");
            }
            if (local + 30 > zip.length || u32(zip, local) != LOCAL) {
                throw new IllegalArgumentException("not a valid zip archive: the entry '" + name + "' is damaged");
            }
            int data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
            if (data + size > zip.length) {
                throw new IllegalArgumentException("not a complete zip archive: '" + name + "' runs past its end");
            }
            boolean directory = name.endsWith("/");
            entries.add(new ArchiveEntry(name, data, directory ? 0 : size, directory, method == 8));
            at += 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
        }
        return entries.toArray(new ArchiveEntry[0]);
    }

    /** Where the end-of-central-directory record starts: searched from the end, past any comment. */
    private static int endRecord(byte[] zip) {
        for (int at = zip.length - 22; at >= 0 && at >= zip.length - 22 - 0xffff; at--) {
            if (u32(zip, at) == END_RECORD) {
                return at;
            }
        }
        throw new IllegalArgumentException("not a zip archive: it has no end-of-central-directory record");
    }

    private static int u16(byte[] zip, int at) {
        return zip[at] & 0xff | (zip[at + 1] & 0xff) << 8;
    }

    /** A little-endian 32-bit field; negative when it does not fit an int (ZIP64's 0xFFFFFFFF). */
    private static int u32(byte[] zip, int at) {
        return u16(zip, at) | u16(zip, at + 2) << 16;
    }
}
