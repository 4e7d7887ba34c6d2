package io.github.pekoe.internal.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the headers of a tar archive (POSIX ustar, with GNU long names and pax {@code path}
 * records): its files and directories, in order. Links, devices and other special entries are
 * skipped.
 */
public final class TarEntries {
    private static final int BLOCK = 512;

    private TarEntries() {
    }

    /**
     * Returns the files and directories of {@code tar}.
     *
     * @throws IllegalArgumentException if a header is damaged or the archive ends inside an entry
     */
    public static ArchiveEntry[] read(byte[] tar) {
        List<ArchiveEntry> entries = new ArrayList<>();
        String longName = null;
        int at = 0;
        while (at + BLOCK <= tar.length && !isZeros(tar, at)) {
            checkSum(tar, at);
            int size = octal(tar, at + 124, 12);
            char type = (char) tar[at + 156];
            int data = at + BLOCK;
            if (size < 0 || data + size > tar.length) {
                throw new IllegalArgumentException("not a complete tar archive: an entry at byte " + at
                        + " runs past its end");
            }
            String name = longName != null ? longName : fullName(tar, at);
            longName = null;
            if (type == 'L') {
                longName = text(tar, data, size);
            } else if (type == 'x') {
                longName = paxPath(tar, data, size);
            } else if (type == '0' || type == 0 || type == '7' || type == '5') {
                boolean directory = type == '5' || name.endsWith("/");
                entries.add(new ArchiveEntry(name, data, directory ? 0 : size, directory, false));
            }
            at = data + (size + BLOCK - 1) / BLOCK * BLOCK;
        }
        if (at + BLOCK > tar.length && at < tar.length) {
            throw new IllegalArgumentException("not a complete tar archive: it ends inside a header at byte " + at);
        }
        return entries.toArray(new ArchiveEntry[0]);
    }

    /** The header's name, with the ustar prefix before it when there is one. */
    private static String fullName(byte[] tar, int at) {
        String name = text(tar, at, 100);
        boolean ustar = tar[at + 257] == 'u' && tar[at + 258] == 's' && tar[at + 259] == 't'
                && tar[at + 260] == 'a' && tar[at + 261] == 'r';
        String prefix = ustar ? text(tar, at + 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    /** The {@code path} record of a pax header, or null when it has none. */
    private static String paxPath(byte[] tar, int data, int size) {
        String records = text(tar, data, size);
        int from = 0;
        while (from < records.length()) {
            int space = records.indexOf(' ', from);
            int length = space < 0 ? -1 : decimal(records.substring(from, space));
            if (length <= 0 || from + length > records.length()) {
                throw new IllegalArgumentException("not a valid tar archive: a damaged pax header at byte " + data);
            }
            String record = records.substring(space + 1, from + length - 1);
            if (record.startsWith("path=")) {
                return record.substring(5);
            }
            from += length;
        }
        return null;
    }

    private static void checkSum(byte[] tar, int at) {
        int expected = octal(tar, at + 148, 8);
        int sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += i >= 148 && i < 156 ? ' ' : tar[at + i] & 0xff;
        }
        if (expected != sum) {
            throw new IllegalArgumentException("not a valid tar archive: the header at byte " + at
                    + " has a wrong checksum");
        }
    }

    private static boolean isZeros(byte[] tar, int at) {
        for (int i = 0; i < BLOCK; i++) {
            if (tar[at + i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** An octal header field (spaces and NULs around it ignored); -1 when it holds anything else. */
    static int octal(byte[] tar, int at, int length) {
        int value = 0;
        boolean digits = false;
        for (int i = at; i < at + length; i++) {
            int c = tar[i];
            if (c >= '0' && c <= '7') {
                value = value * 8 + (c - '0');
                digits = true;
            } else if (c == ' ' || c == 0) {
                if (digits) {
                    break;
                }
            } else {
                return -1;
            }
        }
        return value;
    }

    private static int decimal(String text) {
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return text.isEmpty() ? -1 : value;
    }

    /** UTF-8 text up to the first NUL within {@code length} bytes. */
    private static String text(byte[] tar, int at, int length) {
        int end = at;
        while (end < at + length && tar[end] != 0) {
            end++;
        }
        return new String(tar, at, end - at, StandardCharsets.UTF_8);
    }
}
