package io.github.pekoe.examples.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.pagecheck.Bundle;
import io.github.pekoe.pagecheck.Finding;
import io.github.pekoe.pagecheck.PageCheck;
import io.github.pekoe.pagecheck.PageCheckInput;
import io.github.pekoe.pagecheck.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The build-time page check passes the gallery: its pages (src/main/gallery) against the names the
 * processor indexed in target/classes and the bundles this module's pom makes for the gallery. No
 * page has an error, and no rule is skipped for want of a bundle.
 */
class GalleryPageCheckTest {
    private static final Path GALLERY = Path.of("src/main/gallery");
    private static final String GALLERY_APP = "${gallery.dir}/app";

    @Test
    void theGalleryPassesThePageCheck() throws Exception {
        List<Bundle> bundles = galleryBundles();
        assertEquals(13, bundles.size(), bundles.toString());
        List<Finding> findings = PageCheck.check(new PageCheckInput(GALLERY, List.of(Path.of("target/classes")), bundles));
        String log = findings.stream().map(Finding::format).collect(Collectors.joining("\n"));
        assertFalse(PageCheck.hasErrors(findings), log);
        assertTrue(findings.stream().noneMatch(f -> f.severity() == Severity.NOTE), log);
    }

    /** The gallery's bundles as the pom's TeaVM executions make them: app/NAME.js from each page's PekoePage. */
    private static List<Bundle> galleryBundles() throws Exception {
        org.w3c.dom.Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList executions = pom.getElementsByTagName("execution");
        List<Bundle> bundles = new ArrayList<>();
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            if (GALLERY_APP.equals(text(execution, "targetDirectory"))) {
                bundles.add(Bundle.forMainClass("app/" + text(execution, "targetFileName"), text(execution, "mainClass")));
            }
        }
        return bundles;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}
