package io.github.pekoe.examples.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes out the benchmark pages' buttons: each {@code <!--buttons N ATTRIBUTES-->} in a page of the
 * built benchmark directory becomes N lines {@code <button class="k" ATTRIBUTES>k0</button>}, so the
 * sources hold one line where the served page holds a thousand. A page without the marker is left as
 * it is, so running twice changes nothing.
 */
public final class BenchButtons {
    private static final Pattern MARKER = Pattern.compile("<!--buttons (\\d+)((?: [^>]*?)?)-->");

    private BenchButtons() {
    }

    /**
     * Expands the markers of every page of a directory in place.
     *
     * @param args the built benchmark directory
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BenchButtons BENCH_DIR");
        }
        try (DirectoryStream<Path> pages = Files.newDirectoryStream(Paths.get(args[0]), "*.html")) {
            for (Path page : pages) {
                String html = Files.readString(page, StandardCharsets.UTF_8);
                String expanded = expand(html);
                if (!expanded.equals(html)) {
                    Files.writeString(page, expanded, StandardCharsets.UTF_8);
                }
            }
        }
    }

    /** {@code html} with each marker replaced by its buttons, one per line. */
    static String expand(String html) {
        Matcher marker = MARKER.matcher(html);
        StringBuilder out = new StringBuilder();
        while (marker.find()) {
            int count = Integer.parseInt(marker.group(1));
            StringBuilder buttons = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    buttons.append("\n  ");
                }
                buttons.append("<button class=\"k\"").append(marker.group(2)).append(">k").append(i).append("</button>");
            }
            marker.appendReplacement(out, Matcher.quoteReplacement(buttons.toString()));
        }
        marker.appendTail(out);
        return out.toString();
    }
}
