package io.github.pekoe.internal.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlEscapeTest {

    @Test
    void escapesEachSpecialCharacterLikePythonHtmlEscape() {
        assertEquals("&amp;", HtmlEscape.escape("&"));
        assertEquals("&lt;", HtmlEscape.escape("<"));
        assertEquals("&gt;", HtmlEscape.escape(">"));
        assertEquals("&quot;", HtmlEscape.escape("\""));
        assertEquals("&#x27;", HtmlEscape.escape("'"));
    }

    @Test
    void escapesAllSpecialCharactersInsideText() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; &#x27;e&#x27;",
                HtmlEscape.escape("a & b <c> \"d\" 'e'"));
    }

    @Test
    void escapesMarkupSoItReadsAsText() {
        assertEquals("&lt;p&gt;hello world&lt;/p&gt;", HtmlEscape.escape("<p>hello world</p>"));
    }

    @Test
    void escapesAnAmpersandOnlyOnceAndDoesNotDecodeReferences() {
        assertEquals("&amp;amp; &amp;lt;", HtmlEscape.escape("&amp; &lt;"));
    }

    @Test
    void keepsTextWithNothingToEscapeUnchanged() {
        String plain = "Hello, world! 1 + 2 = 3; caf\u00e9 \u2603 / \\ `backtick`";
        assertEquals(plain, HtmlEscape.escape(plain));
    }

    @Test
    void keepsTheEmptyStringEmpty() {
        assertEquals("", HtmlEscape.escape(""));
    }

    @Test
    void keepsTextBeforeAndAfterTheFirstEscapedCharacter() {
        assertEquals("before&lt;after", HtmlEscape.escape("before<after"));
        assertEquals("&lt;start", HtmlEscape.escape("<start"));
        assertEquals("end&gt;", HtmlEscape.escape("end>"));
    }
}
