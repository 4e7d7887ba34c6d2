package io.github.pekoe.examples.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The XSS corpus of the browser tests, {@code xss-corpus.txt} beside the security tests: hostile text,
 * one payload per line in the format its header describes, decoded here (escapes, and each
 * {@code XSSID} replaced by the payload's number, counted from 1).
 */
public final class XssCorpus {
    /** Where the corpus is, on the test class path. */
    static final String RESOURCE = "/io/github/pekoe/examples/security/xss-corpus.txt";
    /** What a payload writes where its number goes. */
    static final String ID = "XSSID";

    private XssCorpus() {
    }

    /** Every payload of the corpus, decoded, in the file's order. */
    public static List<String> payloads() {
        try (InputStream in = XssCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The payloads of {@code text}, in the corpus format. */
    static List<String> parse(String text) {
        List<String> payloads = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String payload = decode(line, i + 1);
            payloads.add(payload.replace(ID, Integer.toString(payloads.size() + 1)));
        }
        return payloads;
    }

    private static String decode(String line, int lineNumber) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
            i++;
            switch (next) {
                case '\\' -> out.append('\\');
                case '0' -> out.append('\0');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    if (i + 5 > line.length()) {
                        throw bad(lineNumber, line);
                    }
                    try {
                        out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException e) {
                        throw bad(lineNumber, line);
                    }
                    i += 4;
                }
                default -> throw bad(lineNumber, line);
            }
        }
        return out.toString();
    }

    private static IllegalArgumentException bad(int lineNumber, String line) {
        return new IllegalArgumentException("xss-corpus.txt line " + lineNumber + ": a backslash must start \\\\, \\0,"
                + " \\t, \\n, \\r or \\uXXXX: " + line);
    }
}
