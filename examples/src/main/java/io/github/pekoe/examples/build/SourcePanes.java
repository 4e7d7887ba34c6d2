package io.github.pekoe.examples.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills each gallery page's {@code <pre class="java-source" data-src="src/X.java"></pre>} with the
 * escaped text of that Java file, so every page shows its source beside its result with no script.
 */
public final class SourcePanes {
    private static final Pattern PANE =
            Pattern.compile("(<pre class=\"java-source\" data-src=\"src/([^\"]+)\">)(.*?)(</pre>)", Pattern.DOTALL);

    private SourcePanes() {
    }

    /**
     * Rewrites the pages of a gallery directory in place.
     *
     * @param args the gallery directory and the directory of the Java sources the panes name
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SourcePanes GALLERY_DIR SOURCE_DIR");
        }
        Path gallery = Paths.get(args[0]);
        Path sources = Paths.get(args[1]);
        try (DirectoryStream<Path> pages = Files.newDirectoryStream(gallery, "*.html")) {
            for (Path page : pages) {
                String html = Files.readString(page, StandardCharsets.UTF_8);
                String filled = fill(html, sources);
                if (!filled.equals(html)) {
                    Files.writeString(page, filled, StandardCharsets.UTF_8);
                }
            }
        }
    }

    /** Returns {@code html} with every source pane holding its file's escaped text. */
    static String fill(String html, Path sources) {
        Matcher pane = PANE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (pane.find()) {
            Path file = sources.resolve(pane.group(2)).normalize();
            if (!file.startsWith(sources) || !Files.isRegularFile(file)) {
                throw new IllegalStateException("a source pane names " + pane.group(2) + ", which is not a file in "
                        + sources);
            }
            pane.appendReplacement(out, Matcher.quoteReplacement(pane.group(1) + escape(read(file)) + pane.group(4)));
        }
        pane.appendTail(out);
        return out.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
