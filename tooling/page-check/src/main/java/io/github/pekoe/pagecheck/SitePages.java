package io.github.pekoe.pagecheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Finds the site's pages and parses them as a browser does, keeping every node's source position. */
final class SitePages {
    private SitePages() {
    }

    /** Parses every {@code .html} and {@code .htm} file under {@code site}, sorted by path; reading problems become findings. */
    static List<Page> read(Path site, List<Finding> findings) {
        List<Page> pages = new ArrayList<>();
        if (!Files.isDirectory(site)) {
            findings.add(new Finding(Rule.INPUT, site.toString(), 0, 0, "the site folder does not exist"));
            return pages;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(SitePages::isPage).sorted().toList();
        } catch (IOException | RuntimeException e) {
            findings.add(new Finding(Rule.INPUT, site.toString(), 0, 0, "cannot list the site's pages: " + e.getMessage()));
            return pages;
        }
        for (Path file : files) {
            String path = site.relativize(file).toString().replace('\\', '/');
            try {
                String html = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                pages.add(new Page(path, file.toString(), parse(html), findings));
            } catch (IOException | RuntimeException e) {
                findings.add(new Finding(Rule.INPUT, file.toString(), 0, 0, "cannot read the page: " + e.getMessage()));
            }
        }
        return pages;
    }

    /** Parses {@code html} with positions tracked. */
    static Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return parser.parseInput(html, "");
    }

    private static boolean isPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".html") || name.endsWith(".htm")) && Files.isRegularFile(file);
    }
}
