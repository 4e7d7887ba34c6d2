package io.github.pekoe.event;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link WhenOptions}: each option alone, combinations, and immutability. */
class WhenOptionsTest {

    private static void assertOptions(WhenOptions options, boolean once, boolean capture, boolean passive) {
        String flags = "once=" + options.isOnce() + " capture=" + options.isCapture() + " passive="
                + options.isPassive();
        assertTrue(options.isOnce() == once && options.isCapture() == capture && options.isPassive() == passive,
                "expected once=" + once + " capture=" + capture + " passive=" + passive + " but was " + flags);
    }

    @Test
    void noneHasNoOption() {
        assertOptions(WhenOptions.none(), false, false, false);
    }

    @Test
    void noneIsAlwaysTheSameInstance() {
        assertSame(WhenOptions.none(), WhenOptions.none());
    }

    @Test
    void onceAloneSetsOnlyOnce() {
        assertOptions(WhenOptions.once(), true, false, false);
    }

    @Test
    void captureAloneSetsOnlyCapture() {
        assertOptions(WhenOptions.capture(), false, true, false);
    }

    @Test
    void passiveAloneSetsOnlyPassive() {
        assertOptions(WhenOptions.passive(), false, false, true);
    }

    @Test
    void optionsCombine() {
        assertOptions(WhenOptions.once().andCapture(), true, true, false);
        assertOptions(WhenOptions.once().andPassive(), true, false, true);
        assertOptions(WhenOptions.capture().andPassive(), false, true, true);
        assertOptions(WhenOptions.passive().andOnce().andCapture(), true, true, true);
        assertOptions(WhenOptions.none().andOnce(), true, false, false);
    }

    @Test
    void combiningIsOrderIndependent() {
        WhenOptions a = WhenOptions.once().andCapture().andPassive();
        WhenOptions b = WhenOptions.passive().andCapture().andOnce();
        assertOptions(a, true, true, true);
        assertOptions(b, true, true, true);
    }

    @Test
    void addingAnOptionTwiceKeepsItSet() {
        assertOptions(WhenOptions.once().andOnce(), true, false, false);
        assertOptions(WhenOptions.capture().andCapture().andCapture(), false, true, false);
    }

    @Test
    void andMethodsReturnNewInstancesAndLeaveTheOriginalUnchanged() {
        WhenOptions once = WhenOptions.once();

        WhenOptions onceCapture = once.andCapture();
        WhenOptions oncePassive = once.andPassive();

        assertNotSame(once, onceCapture);
        assertNotSame(once, oncePassive);
        assertOptions(once, true, false, false);
        assertOptions(onceCapture, true, true, false);
        assertOptions(oncePassive, true, false, true);
    }

    @Test
    void combiningNeverChangesTheSharedNone() {
        WhenOptions.none().andOnce().andCapture().andPassive();
        WhenOptions.once();
        WhenOptions.capture();
        WhenOptions.passive();
        assertOptions(WhenOptions.none(), false, false, false);
    }

    @Test
    void factoriesDoNotReturnNone() {
        assertNotSame(WhenOptions.none(), WhenOptions.once());
        assertNotSame(WhenOptions.none(), WhenOptions.capture());
        assertNotSame(WhenOptions.none(), WhenOptions.passive());
        assertFalse(WhenOptions.capture().isOnce());
    }
}
