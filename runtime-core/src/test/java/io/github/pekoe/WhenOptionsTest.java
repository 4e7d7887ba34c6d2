package io.github.pekoe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link WhenOptions}: each option alone, in any combination and order, and chaining. */
class WhenOptionsTest {

    private static void assertOptions(WhenOptions options, boolean once, boolean capture, boolean passive) {
        String flags = "once=" + options.isOnce() + " capture=" + options.isCapture() + " passive="
                + options.isPassive();
        assertTrue(options.isOnce() == once && options.isCapture() == capture && options.isPassive() == passive,
                "expected once=" + once + " capture=" + capture + " passive=" + passive + " but was " + flags);
    }

    @Test
    void newOptionsHaveNoOption() {
        assertOptions(new WhenOptions(), false, false, false);
    }

    @Test
    void eachOptionAloneSetsOnlyItself() {
        assertOptions(new WhenOptions().once(), true, false, false);
        assertOptions(new WhenOptions().capture(), false, true, false);
        assertOptions(new WhenOptions().passive(), false, false, true);
    }

    @Test
    void chainedOptionsAllHoldInAnyOrder() {
        assertOptions(new WhenOptions().once().capture(), true, true, false);
        assertOptions(new WhenOptions().capture().once(), true, true, false);
        assertOptions(new WhenOptions().once().passive(), true, false, true);
        assertOptions(new WhenOptions().passive().capture().once(), true, true, true);
    }

    @Test
    void theFormTheDocsShowKeepsEveryOption() {
        // once().capture() was a trap while capture() was a static factory: it gave once=false.
        assertOptions(new WhenOptions().once().capture(), true, true, false);
    }

    @Test
    void settingAnOptionTwiceKeepsItSet() {
        assertOptions(new WhenOptions().once().once(), true, false, false);
        assertOptions(new WhenOptions().capture().capture().capture(), false, true, false);
    }

    @Test
    void eachSetterReturnsTheSameOptionsForChaining() {
        WhenOptions options = new WhenOptions();
        assertSame(options, options.once());
        assertSame(options, options.capture());
        assertSame(options, options.passive());
    }

    @Test
    void preventDefaultAndStopPropagationSetOnlyThemselvesAndChain() {
        WhenOptions none = new WhenOptions();
        assertFalse(none.isPreventDefault() || none.isStopPropagation());
        WhenOptions prevent = new WhenOptions();
        assertSame(prevent, prevent.preventDefault());
        assertTrue(prevent.isPreventDefault());
        assertFalse(prevent.isStopPropagation());
        assertOptions(prevent, false, false, false);
        WhenOptions stop = new WhenOptions();
        assertSame(stop, stop.stopPropagation());
        assertTrue(stop.isStopPropagation());
        assertFalse(stop.isPreventDefault());
        WhenOptions all = new WhenOptions().stopPropagation().once().preventDefault().capture();
        assertTrue(all.isPreventDefault() && all.isStopPropagation());
        assertOptions(all, true, true, false);
    }

    @Test
    void passiveAndPreventDefaultAreRefusedTogetherInEitherOrder() {
        String message = "WhenOptions: passive() promises never to prevent the default, and preventDefault() prevents"
                + " it: keep one of them";
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> new WhenOptions().passive().preventDefault()).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> new WhenOptions().preventDefault().passive()).getMessage());
    }

    @Test
    void separateOptionsDoNotShareState() {
        WhenOptions first = new WhenOptions().once();
        WhenOptions second = new WhenOptions();
        assertOptions(first, true, false, false);
        assertOptions(second, false, false, false);
    }
}
