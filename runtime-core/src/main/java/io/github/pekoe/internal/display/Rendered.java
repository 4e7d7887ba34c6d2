package io.github.pekoe.internal.display;

import io.github.pekoe.display.HtmlRepr;
import io.github.pekoe.display.JavaScriptRepr;
import io.github.pekoe.display.JsonRepr;

/** What one value becomes: the text, markup or code to insert, and its MIME type. */
public final class Rendered {
    private final String content;
    private final String mimeType;

    /** Pairs {@code content} with its {@code mimeType}. */
    public Rendered(String content, String mimeType) {
        this.content = content;
        this.mimeType = mimeType;
    }

    /** The text or markup to insert (for JavaScript, the code). */
    public String content() {
        return content;
    }

    /** The MIME type the content was rendered as. */
    public String mimeType() {
        return mimeType;
    }

    /** Tells whether the content is inserted as parsed markup (HTML) rather than set as inner HTML. */
    public boolean isMarkup() {
        return HtmlRepr.MIME.equals(mimeType);
    }

    /** Tells whether the content is text, which goes into the page as a text node. */
    public boolean isText() {
        return MimeRenderer.TEXT.equals(mimeType) || JsonRepr.MIME.equals(mimeType);
    }

    /** Tells whether the content is code for a script element. */
    public boolean isScript() {
        return JavaScriptRepr.MIME.equals(mimeType);
    }

    @Override
    public String toString() {
        return mimeType + ": " + content;
    }
}
