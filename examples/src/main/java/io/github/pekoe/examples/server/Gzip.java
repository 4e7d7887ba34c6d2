package io.github.pekoe.examples.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Content negotiation for gzip, and the compression itself. */
final class Gzip {

    private Gzip() {
    }

    /** Whether {@code Accept-Encoding} header values accept gzip (a {@code q=0} refuses it). */
    static boolean accepted(List<String> acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String value : acceptEncoding) {
            for (String coding : value.split(",")) {
                String[] parts = coding.split(";");
                if (parts[0].trim().toLowerCase(Locale.ROOT).equals("gzip") && !refused(parts)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean refused(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code bytes} gzipped at the best compression, as a production server would send a static bundle. */
    static byte[] compress(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new BestGzipOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A gzip stream at {@link Deflater#BEST_COMPRESSION}. */
    private static final class BestGzipOutputStream extends GZIPOutputStream {
        BestGzipOutputStream(ByteArrayOutputStream out) throws IOException {
            super(out);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
