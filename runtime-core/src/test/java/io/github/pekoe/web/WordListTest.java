package io.github.pekoe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Whole-word lookups in the space-separated tables of the web package. */
class WordListTest {
    @Test
    void findsWholeWordsOnly() {
        String words = "area base br col";
        assertTrue(WordList.contains(words, "area"));
        assertTrue(WordList.contains(words, "br"));
        assertTrue(WordList.contains(words, "col"));
        assertFalse(WordList.contains(words, "b"));
        assertFalse(WordList.contains(words, "are"));
        assertFalse(WordList.contains(words, "base br"), "one word, not a phrase");
        assertFalse(WordList.contains(words, "co"));
        assertFalse(WordList.contains(words, ""));
        assertFalse(WordList.contains("", "a"));
    }

    @Test
    void findsIgnoringAsciiCase() {
        String words = "tabIndex readOnly";
        assertEquals("readOnly", WordList.findIgnoringCase(words, "readonly"));
        assertEquals("tabIndex", WordList.findIgnoringCase(words, "TABINDEX"));
        assertNull(WordList.findIgnoringCase(words, "read"));
        assertNull(WordList.findIgnoringCase(words, "tab\u0130ndex"), "no Unicode case folding");
    }

    @Test
    void joinsWordsWithASeparator() {
        assertEquals("a, b, c", WordList.join("a b c", ", "));
        assertEquals("del> or <ins", WordList.join("del ins", "> or <"));
        assertEquals("one", WordList.join("one", ", "));
        assertEquals("", WordList.join("", ", "));
    }

    @Test
    void voidTagsAreTheFourteenOfHtml() {
        for (String tag : new String[] {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "param", "source", "track", "wbr"}) {
            assertTrue(VoidTags.isVoid(tag), tag);
        }
        for (String tag : new String[] {"div", "a", "b", "p", "select", "textarea", "template", "colgroup", "inputs"}) {
            assertFalse(VoidTags.isVoid(tag), tag);
        }
    }
}
