package io.github.pekoe.internal.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StackTextTest {

    private static String frames(String jsStack) {
        StringBuilder out = new StringBuilder();
        StackText.appendJsFrames(out, jsStack);
        return out.toString();
    }

    @Test
    void chromiumStackKeepsOnlyTheAtLinesTabIndented() {
        String stack = "Error: x\n"
                + "    at f (http://h/app.js:1:2)\n"
                + "    at g (http://h/app.js:3:4)\n"
                + "    at http://h/app.js:5:6";
        assertEquals("\tat f (http://h/app.js:1:2)\n"
                + "\tat g (http://h/app.js:3:4)\n"
                + "\tat http://h/app.js:5:6\n", frames(stack));
    }

    @Test
    void chromiumStackWithTrailingNewlineAndCarriageReturns() {
        String stack = "TypeError: Cannot read properties of null\r\n    at f (http://h/app.js:1:2)\r\n";
        assertEquals("\tat f (http://h/app.js:1:2)\n", frames(stack));
    }

    @Test
    void chromiumMultiLineMessageIsLeftOut() {
        String stack = "Error: first line\nsecond line of the message\n    at f (http://h/app.js:1:2)";
        assertEquals("\tat f (http://h/app.js:1:2)\n", frames(stack));
    }

    @Test
    void chromiumAsyncAndEvalFramesAreKept() {
        String stack = "Error: x\n"
                + "    at async main (http://h/app.js:9:1)\n"
                + "    at eval (eval at run (http://h/app.js:2:3), <anonymous>:1:1)";
        assertEquals("\tat async main (http://h/app.js:9:1)\n"
                + "\tat eval (eval at run (http://h/app.js:2:3), <anonymous>:1:1)\n", frames(stack));
    }

    @Test
    void firefoxFramesBecomeAtLines() {
        String stack = "f@http://h/app.js:1:2\n"
                + "g@http://h/app.js:3:4\n";
        assertEquals("\tat f@http://h/app.js:1:2\n"
                + "\tat g@http://h/app.js:3:4\n", frames(stack));
    }

    @Test
    void safariFramesBecomeAtLines() {
        String stack = "f@http://h/app.js:1:2\nforEach@[native code]\nglobal code@http://h/index.html:10:3";
        assertEquals("\tat f@http://h/app.js:1:2\n"
                + "\tat forEach@[native code]\n"
                + "\tat global code@http://h/index.html:10:3\n", frames(stack));
    }

    @Test
    void emptyStackAddsNothing() {
        assertEquals("", frames(""));
    }

    @Test
    void blankLinesAndAMessageOnlyStackAddNothing() {
        assertEquals("", frames("\n\n   \n"));
        assertEquals("", frames("Error: just a message"));
    }

    @Test
    void framesAreAppendedAfterExistingText() {
        StringBuilder out = new StringBuilder("java.lang.IllegalStateException: boom\n");
        StackText.appendJsFrames(out, "Error\n    at f (http://h/app.js:1:2)");
        assertEquals("java.lang.IllegalStateException: boom\n\tat f (http://h/app.js:1:2)\n", out.toString());
    }

    @Test
    void chromiumMessageWithAnAtSignIsNotAFrame() {
        String stack = "Error: no user admin@example.com\n    at f (http://h/app.js:1:2)";
        assertEquals("\tat f (http://h/app.js:1:2)\n", frames(stack));
    }

    @Test
    void firefoxAnonymousFramesAreKept() {
        String stack = "f@http://h/app.js:1:2\n@http://h/app.js:5:6\n";
        assertEquals("\tat f@http://h/app.js:1:2\n\tat @http://h/app.js:5:6\n", frames(stack));
    }
}
