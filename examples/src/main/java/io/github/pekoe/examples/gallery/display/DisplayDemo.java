package io.github.pekoe.examples.gallery.display;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;
import io.github.pekoe.display.*;

/** Every kind of value display() takes, from plain text to images and DOM nodes. */
@Script("display-demo")
public class DisplayDemo {
    /** A 4x4 teal PNG. */
    static final String TEAL_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR42mPQqk+CIwbiOACu"
            + "oxCx7KMmCAAAAABJRU5ErkJggg==";

    /** Shows one value of each kind. */
    public static void main(String[] args) {
        display("Text is escaped: <b>not bold</b> & safe.");
        display(HTML("<b>HTML(...)</b> is inserted as markup."));
        display(42, 2.5, true, null);
        display(new Bar(3), new Bar(7));
        display(new Swatch());
        display((JsonRepr) () -> "{\"kind\": \"json\", \"escaped\": true}");
        display(new Badge("a MimeBundle"));

        var node = document().createElement("em");
        node.setTextContent("A DOM node, inserted as it is.");
        display(node);

        display(target("status"), "Written into #status by id.");
        display(target("replaced").append(false), "append(false) replaced the old text.");
    }

    /** An SVG bar of a given length. */
    static final class Bar implements SvgRepr {
        private final int length;

        Bar(int length) {
            this.length = length;
        }

        @Override
        public Object reprSvg() {
            return "<svg width=\"" + length * 20 + "\" height=\"14\"><rect width=\"" + length * 20
                    + "\" height=\"14\" fill=\"#2a7f62\"></rect></svg>";
        }
    }

    /** A PNG image given as base64, sized by meta data. */
    static final class Swatch implements PngRepr {
        @Override
        public Object reprPng() {
            return MimeData.of(TEAL_PNG).with("width", "48").with("height", "48").with("alt", "teal swatch");
        }
    }

    /** Several representations at once: the first one display() supports wins (LaTeX is not one). */
    static final class Badge implements MimeBundleRepr {
        private final String label;

        Badge(String label) {
            this.label = label;
        }

        @Override
        public MimeBundle reprMimeBundle() {
            return MimeBundle.of("text/latex", "\\textbf{" + label + "}")
                    .with("text/html", "<span class=\"badge\">" + label + "</span>");
        }
    }
}
