package io.github.pekoe.internal.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class JsFrameTest {

    private static String read(String line) {
        JsFrame frame = JsFrame.parse(line);
        return frame == null ? null : frame.function() + "|" + frame.url() + "|" + frame.line() + "|" + frame.column();
    }

    @Test
    void chromiumFramesWithAndWithoutAName() {
        assertEquals("igpeb_A_save|http://127.0.0.1:8000/app/x.js|12|34", read("at igpeb_A_save (http://127.0.0.1:8000/app/x.js:12:34)"));
        assertEquals("|http://h/app/x.js|5|6", read("at http://h/app/x.js:5:6"));
        assertEquals("Object.$handle|http://h/x.js|1|2", read("at Object.$handle (http://h/x.js:1:2)"));
    }

    @Test
    void firefoxAndHtmlUnitFrames() {
        assertEquals("f|http://h:8000/x.js|3|4", read("f@http://h:8000/x.js:3:4"));
        assertEquals("Ht|http://127.0.0.1:44783/test/app/x.js|15|1", read("Ht()@http://127.0.0.1:44783/test/app/x.js:15"));
    }

    @Test
    void linesThatAreNoFrames() {
        assertNull(read("Error: x"));
        assertNull(read("at native"));
        assertNull(read("at f (native)"));
        assertNull(read("java.lang.IllegalStateException: a@b"));
    }
}
