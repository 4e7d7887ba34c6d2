package io.github.pekoe.examples.bench;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a bundle is made of, read from its unminified build. TeaVM writes every top-level
 * declaration of the bundle one indentation level deep, named after its class's package initials
 * ({@code jl_String_length} is {@code java.lang.String.length}, {@code igpie_} is
 * {@code io.github.pekoe.internal.event}); this splits the bundle at those declarations and sorts
 * each into a {@link Part} by its name. Each part is then gzipped on its own; the parts' shares of
 * the summed gzip sizes estimate their shares of the minified bundle's gzip size.
 */
final class BundleComposition {

    /** A part of a bundle. */
    enum Part {
        /** TeaVM's runtime: {@code $rt_} helpers, threads, {@code Long} arithmetic, {@code org.teavm.*} (JSO included). */
        RUNTIME("TeaVM runtime (`$rt_*`, threads, `org.teavm.*` incl. JSO)"),
        /** Class metadata, package names and the string pool. */
        METADATA("class metadata and string pool"),
        /** TeaVM's class library: {@code java.*}. */
        JAVA("`java.*` (TeaVM's class library)"),
        /** Pekoe: {@code io.github.pekoe.*}, and the entry point and indexes its processor generates. */
        PEKOE("Pekoe (`io.github.pekoe.*`, and the generated `PekoePage` and indexes)"),
        /** The page's own Java: the classes the page's author wrote. */
        PAGE("the page's own Java (`Hello`)"),
        /** The wrapper, start-up and export glue. */
        OTHER("wrapper and start-up glue");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        /** The row heading in the report. */
        String label() {
            return label;
        }
    }

    /** The unminified bytes and the gzip size of one part. */
    record Share(int bytes, int gzip) {
    }

    private static final Pattern DECLARATION = Pattern.compile("^ {4}(?:let |var |const |function )?([A-Za-z_$][A-Za-z0-9_$]*)");
    private static final Pattern JAVA_NAME = Pattern.compile("^j[a-z]*_");
    private static final Pattern TEAVM_NAME = Pattern.compile("^ot[a-z]*_");

    private BundleComposition() {
    }

    /** The parts of {@code script}, the text of an unminified TeaVM bundle. */
    static Map<Part, Share> of(String script) {
        Map<Part, StringBuilder> texts = new EnumMap<>(Part.class);
        Part current = Part.OTHER;
        for (String line : script.split("\n", -1)) {
            if (line.length() > 4 && line.startsWith("    ") && "} )]".indexOf(line.charAt(4)) < 0) {
                current = classify(line);
            } else if (!line.startsWith("    ")) {
                current = Part.OTHER;
            }
            texts.computeIfAbsent(current, p -> new StringBuilder()).append(line).append('\n');
        }
        Map<Part, Share> shares = new EnumMap<>(Part.class);
        texts.forEach((part, text) -> {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            shares.put(part, new Share(bytes.length, Gzipped.size(bytes)));
        });
        return shares;
    }

    /** The part a line that starts a top-level declaration or statement belongs to. */
    static Part classify(String line) {
        String trimmed = line.substring(4);
        if (trimmed.startsWith("$rt_metadata(") || trimmed.startsWith("$rt_packages(")
                || trimmed.startsWith("$rt_stringPool(")) {
            return Part.METADATA;
        }
        Matcher declaration = DECLARATION.matcher(line);
        if (!declaration.find()) {
            return Part.OTHER;
        }
        String name = declaration.group(1);
        if (name.startsWith("igpe")) {
            // The processor's classes (PekoePage, its indexes) are Pekoe's: TeaVM inlines start-up into them.
            return name.substring(name.indexOf('_') + 1).startsWith("Pekoe") ? Part.PEKOE : Part.PAGE;
        }
        if (name.startsWith("igp")) {
            return Part.PEKOE;
        }
        if (JAVA_NAME.matcher(name).find()) {
            return Part.JAVA;
        }
        if (name.startsWith("$rt_") || name.startsWith("$dbg_") || name.startsWith("Long_")
                || name.startsWith("TeaVM") || name.equals("JavaError") || TEAVM_NAME.matcher(name).find()) {
            return Part.RUNTIME;
        }
        return Part.OTHER;
    }
}
