package io.github.pekoe.examples.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills each gallery page's {@code <pre class="java-source" data-src="src/X.java"></pre>} with the
 * escaped text of that Java file, so every page shows its source beside its result with no script.
 *
 * <p>Every page passes through here, so here is also where a page damaged by a careless text
 * replacement stops the build: a replacement tool that reads {@code &} in its replacement as "the
 * text matched" (sed, many editors) turns {@code &lt;code&gt;} into a copy of the match followed by
 * {@code lt;code} and {@code gt;}, which once left the index page with a doubled, half-escaped
 * sentence. {@link #problems} finds such entities without their ampersand and the {@code <code>}
 * opened inside another {@code <code>} that the copied match brings along.
 */
public final class SourcePanes {
    private static final Pattern PANE =
            Pattern.compile("(<pre class=\"java-source\" data-src=\"src/([^\"]+)\">)(.*?)(</pre>)", Pattern.DOTALL);

    /**
     * An escape of {@code <} or {@code >} that lost its ampersand, right against markup or a word
     * ({@code sourcelt;script}); {@code &amp;lt;}, which shows an escape as text, is not one.
     */
    private static final Pattern HALF_ESCAPE = Pattern.compile("(?<![&;])(lt|gt);(?=[\\w<>/\"'])");

    private static final Pattern CODE_TAG = Pattern.compile("<(/?)code\\b[^>]*>");

    private SourcePanes() {
    }

    /**
     * Checks, then rewrites, the pages of a gallery directory in place.
     *
     * @param args the gallery directory and the directory of the Java sources the panes name
     * @throws IllegalStateException naming the page and what is wrong with it, when a page has a problem
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
                List<String> problems = problems(html);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException(page.getFileName() + " looks damaged: " + String.join("; ", problems));
                }
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

    /**
     * What looks damaged in a page outside its source panes, each with its line number: an
     * {@code lt;} or {@code gt;} without its ampersand, and a {@code <code>} opened inside another.
     * Empty for a sound page.
     */
    static List<String> problems(String html) {
        String text = PANE.matcher(html).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + blankLines(m.group(3))
                + m.group(4)));
        List<String> problems = new ArrayList<>();
        Matcher half = HALF_ESCAPE.matcher(text);
        while (half.find()) {
            problems.add("line " + line(text, half.start()) + ": '" + half.group() + "' is an escape without its '&'");
        }
        Matcher code = CODE_TAG.matcher(text);
        int open = -1;
        while (code.find()) {
            boolean closing = !code.group(1).isEmpty();
            if (!closing && open >= 0) {
                problems.add("line " + line(text, code.start()) + ": a <code> opens inside the <code> of line "
                        + line(text, open));
            }
            open = closing ? -1 : code.start();
        }
        return problems;
    }

    /** Only the line breaks of {@code text}, so that line numbers after a pane stay right. */
    private static String blankLines(String text) {
        return text.replaceAll("[^\n]", "");
    }

    private static int line(String text, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
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
