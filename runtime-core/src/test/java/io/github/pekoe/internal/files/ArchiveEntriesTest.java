package io.github.pekoe.internal.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Tar and zip headers read against archives written here, and damaged archives against their message. */
class ArchiveEntriesTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** One tar header block for {@code name} of {@code size} bytes and {@code type}, checksummed. */
    private static byte[] header(String name, int size, char type, String prefix) {
        byte[] block = new byte[512];
        byte[] nameBytes = utf8(name);
        System.arraycopy(nameBytes, 0, block, 0, nameBytes.length);
        put(block, 100, "0000644\0");
        put(block, 124, String.format("%011o\0", size));
        block[156] = (byte) type;
        put(block, 257, "ustar\0" + "00");
        put(block, 345, prefix);
        put(block, 148, "        ");
        int sum = 0;
        for (byte b : block) {
            sum += b & 0xff;
        }
        put(block, 148, String.format("%06o\0 ", sum));
        return block;
    }

    private static void put(byte[] block, int at, String text) {
        byte[] bytes = utf8(text);
        System.arraycopy(bytes, 0, block, at, bytes.length);
    }

    /** A tar of entries given as name, type, content (content null for a directory). */
    private static byte[] tar(Object... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < entries.length; i += 3) {
            byte[] content = entries[i + 2] == null ? new byte[0] : utf8((String) entries[i + 2]);
            String name = (String) entries[i];
            String prefix = "";
            if (name.startsWith("prefix:")) {
                prefix = "deep/er";
                name = name.substring(7);
            }
            out.write(header(name, content.length, (Character) entries[i + 1], prefix));
            out.write(content);
            out.write(new byte[(512 - content.length % 512) % 512]);
        }
        out.write(new byte[1024]);
        return out.toByteArray();
    }

    private static List<String> describe(ArchiveEntry[] entries, byte[] archive) {
        List<String> out = new ArrayList<>();
        for (ArchiveEntry entry : entries) {
            out.add(entry.name() + (entry.isDirectory() ? " dir" : " = " + new String(entry.bytes(archive),
                    StandardCharsets.UTF_8)));
        }
        return out;
    }

    @Test
    void tarFilesAndDirectoriesComeInOrderWithTheirBytes() throws IOException {
        String big = "x".repeat(700);
        byte[] tar = tar("data/", '5', null, "data/prices.csv", '0', "day,price\nmon,3\n",
                "data/big.txt", '0', big, "link", '2', "", "prefix:name.txt", '0', "é");
        assertEquals(List.of("data/ dir", "data/prices.csv = day,price\nmon,3\n", "data/big.txt = " + big,
                "deep/er/name.txt = é"), describe(TarEntries.read(tar), tar));
    }

    @Test
    void tarLongNamesFromGnuAndPaxHeadersNameTheNextEntry() throws IOException {
        String longName = "a/" + "n".repeat(120) + ".txt";
        String record = " path=" + longName + "\n";
        int length = record.length() + 3;
        byte[] tar = tar("././@LongLink", 'L', longName, "short", '0', "gnu",
                "PaxHeader", 'x', length + record, "short2", '0', "pax");
        assertEquals(List.of(longName + " = gnu", longName + " = pax"), describe(TarEntries.read(tar), tar));
    }

    @Test
    void damagedTarsAreErrors() throws IOException {
        byte[] tar = tar("a.txt", '0', "hello");
        byte[] badSum = tar.clone();
        badSum[0] = 'b';
        assertEquals("not a valid tar archive: the header at byte 0 has a wrong checksum",
                assertThrows(IllegalArgumentException.class, () -> TarEntries.read(badSum)).getMessage());
        byte[] cut = Arrays.copyOf(tar, 515);
        assertEquals("not a complete tar archive: an entry at byte 0 runs past its end",
                assertThrows(IllegalArgumentException.class, () -> TarEntries.read(cut)).getMessage());
        byte[] notTar = utf8("just some text that is not an archive at all");
        assertEquals("not a complete tar archive: it ends inside a header at byte 0",
                assertThrows(IllegalArgumentException.class, () -> TarEntries.read(notTar)).getMessage());
    }

    private static byte[] zip(boolean stored) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setComment("a comment after the directory");
            zip.putNextEntry(new ZipEntry("data/"));
            zip.closeEntry();
            byte[] content = utf8("day,price\nmon,3\n".repeat(20));
            ZipEntry entry = new ZipEntry("data/prices.csv");
            if (stored) {
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void zipEntriesComeFromTheCentralDirectoryStoredOrDeflated() throws IOException, DataFormatException {
        String content = "day,price\nmon,3\n".repeat(20);
        byte[] stored = zip(true);
        ArchiveEntry[] plain = ZipEntries.read(stored);
        assertEquals(List.of("data/ dir", "data/prices.csv = " + content), describe(plain, stored));
        assertFalse(plain[1].isDeflated());

        byte[] deflated = zip(false);
        ArchiveEntry[] packed = ZipEntries.read(deflated);
        assertEquals(2, packed.length);
        assertTrue(packed[1].isDeflated());
        Inflater inflater = new Inflater(true);
        inflater.setInput(packed[1].bytes(deflated));
        byte[] out = new byte[4096];
        int n = inflater.inflate(out);
        assertArrayEquals(utf8(content), Arrays.copyOf(out, n));
    }

    @Test
    void damagedOrUnreadableZipsAreErrors() throws IOException {
        assertEquals("not a zip archive: it has no end-of-central-directory record",
                assertThrows(IllegalArgumentException.class, () -> ZipEntries.read(utf8("plain text, no zip")))
                        .getMessage());
        byte[] encrypted = zip(true);
        int central = indexOf(encrypted, new byte[] {0x50, 0x4b, 0x01, 0x02}, 0);
        int second = indexOf(encrypted, new byte[] {0x50, 0x4b, 0x01, 0x02}, central + 4);
        encrypted[second + 8] |= 1;
        assertEquals("'data/prices.csv' in the zip archive is encrypted",
                assertThrows(IllegalArgumentException.class, () -> ZipEntries.read(encrypted)).getMessage());
        byte[] method = zip(true);
        method[second + 10] = 12;
        assertEquals("'data/prices.csv' in the zip archive uses compression method 12; only stored (0) and"
                + " deflated (8) entries are read",
                assertThrows(IllegalArgumentException.class, () -> ZipEntries.read(method)).getMessage());
        byte[] cut = zip(true);
        cut[central] = 0;
        assertEquals("not a valid zip archive: its central directory is damaged",
                assertThrows(IllegalArgumentException.class, () -> ZipEntries.read(cut)).getMessage());
    }

    private static int indexOf(byte[] bytes, byte[] what, int from) {
        for (int i = from; i + what.length <= bytes.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(bytes, i, i + what.length), what)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
