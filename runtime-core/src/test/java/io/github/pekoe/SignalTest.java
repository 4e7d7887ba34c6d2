package io.github.pekoe;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The custom {@link Signal}: listener order, duplicates, removal and exceptions. */
class SignalTest {

    private final List<String> calls = new ArrayList<>();

    private EventHandler<String> recorder(String name) {
        return result -> calls.add(name + ":" + result);
    }

    @Test
    void newEventHasNoListeners() {
        assertEquals(0, new Signal<String>().listenerCount());
    }

    @Test
    void listenersAreCalledWithTheResultInTheOrderTheyWereAdded() {
        Signal<String> event = new Signal<>();
        event.addListener(recorder("a"));
        event.addListener(recorder("b"));
        event.addListener(recorder("c"));

        event.trigger("x");

        assertEquals(List.of("a:x", "b:x", "c:x"), calls);
    }

    @Test
    void everyTriggerCallsTheListenersAgain() {
        Signal<Integer> event = new Signal<>();
        List<Integer> seen = new ArrayList<>();
        event.addListener(seen::add);

        event.trigger(1);
        event.trigger(2);

        assertEquals(List.of(1, 2), seen);
    }

    @Test
    void nullResultIsPassedToTheListeners() {
        Signal<String> event = new Signal<>();
        event.addListener(recorder("a"));
        event.trigger(null);
        assertEquals(List.of("a:null"), calls);
    }

    @Test
    void addingTheSameListenerTwiceKeepsOneAndCallsItOnce() {
        Signal<String> event = new Signal<>();
        EventHandler<String> listener = recorder("a");
        event.addListener(listener);
        event.addListener(recorder("b"));
        event.addListener(listener);

        assertEquals(2, event.listenerCount());
        event.trigger("x");
        assertEquals(List.of("a:x", "b:x"), calls);
    }

    @Test
    void listenerOfASupertypeIsAccepted() {
        Signal<Integer> event = new Signal<>();
        List<Object> seen = new ArrayList<>();
        EventHandler<Object> general = seen::add;
        event.addListener(general);
        event.trigger(7);
        assertEquals(List.of(7), seen);
    }

    @Test
    void nullListenerIsRejected() {
        Signal<String> event = new Signal<>();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> event.addListener(null));
        assertEquals("a Signal listener must not be null", e.getMessage());
        assertEquals(0, event.listenerCount());
    }

    @Test
    void removeListenerRemovesOnlyThatListener() {
        Signal<String> event = new Signal<>();
        EventHandler<String> b = recorder("b");
        event.addListener(recorder("a"));
        event.addListener(b);
        event.addListener(recorder("c"));

        event.removeListener(b);

        assertEquals(2, event.listenerCount());
        event.trigger("x");
        assertEquals(List.of("a:x", "c:x"), calls);
    }

    @Test
    void removeListenerWithSeveralListenersRemovesEachOfThem() {
        Signal<String> event = new Signal<>();
        EventHandler<String> a = recorder("a");
        EventHandler<String> c = recorder("c");
        event.addListener(a);
        event.addListener(recorder("b"));
        event.addListener(c);

        event.removeListener(a, c);

        event.trigger("x");
        assertEquals(List.of("b:x"), calls);
    }

    @Test
    void removingAnUnknownListenerIsHarmless() {
        Signal<String> event = new Signal<>();
        event.addListener(recorder("a"));

        assertDoesNotThrow(() -> event.removeListener(recorder("unknown")));

        assertEquals(1, event.listenerCount());
        event.trigger("x");
        assertEquals(List.of("a:x"), calls);
    }

    @Test
    void removingTheSameListenerTwiceIsHarmless() {
        Signal<String> event = new Signal<>();
        EventHandler<String> a = recorder("a");
        event.addListener(a);
        event.removeListener(a);
        assertDoesNotThrow(() -> event.removeListener(a));
        assertEquals(0, event.listenerCount());
    }

    @Test
    void removeListenerWithoutArgumentsRemovesEveryListener() {
        Signal<String> event = new Signal<>();
        event.addListener(recorder("a"));
        event.addListener(recorder("b"));

        event.removeListener();

        assertEquals(0, event.listenerCount());
        event.trigger("x");
        assertTrue(calls.isEmpty(), calls.toString());
    }

    @Test
    void removedListenerCanBeAddedAgainAtTheEnd() {
        Signal<String> event = new Signal<>();
        EventHandler<String> a = recorder("a");
        event.addListener(a);
        event.addListener(recorder("b"));
        event.removeListener(a);
        event.addListener(a);

        event.trigger("x");

        assertEquals(List.of("b:x", "a:x"), calls);
    }

    @Test
    void triggerWithoutListenersDoesNothing() {
        Signal<String> event = new Signal<>();
        assertDoesNotThrow(() -> event.trigger("x"));
        assertEquals(0, event.listenerCount());
    }

    @Test
    void throwingListenerStopsTheLaterOnesAndItsRuntimeExceptionLeavesTriggerUnchanged() {
        Signal<String> event = new Signal<>();
        IllegalStateException thrown = new IllegalStateException("listener failed");
        event.addListener(recorder("a"));
        event.addListener(result -> {
            throw thrown;
        });
        event.addListener(recorder("c"));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> event.trigger("x"));

        assertSame(thrown, e);
        assertEquals(List.of("a:x"), calls);
        assertEquals(3, event.listenerCount());
    }

    @Test
    void errorFromAListenerLeavesTriggerUnchanged() {
        Signal<String> event = new Signal<>();
        AssertionError thrown = new AssertionError("broken");
        event.addListener(result -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(AssertionError.class, () -> event.trigger("x")));
    }

    @Test
    void checkedExceptionIsWrappedInIllegalStateExceptionWithTheCause() {
        Signal<String> event = new Signal<>();
        IOException thrown = new IOException("disk full");
        event.addListener(result -> {
            throw thrown;
        });
        event.addListener(recorder("later"));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> event.trigger("x"));

        assertSame(thrown, e.getCause());
        assertEquals("a Signal listener failed: java.io.IOException: disk full", e.getMessage());
        assertTrue(calls.isEmpty(), calls.toString());
    }

    @Test
    void eventStillWorksAfterAListenerThrew() {
        Signal<String> event = new Signal<>();
        boolean[] fail = {true};
        event.addListener(result -> {
            if (fail[0]) {
                throw new IllegalArgumentException("first time");
            }
        });
        event.addListener(recorder("b"));

        assertThrows(IllegalArgumentException.class, () -> event.trigger("x"));
        fail[0] = false;
        event.trigger("y");

        assertEquals(List.of("b:y"), calls);
    }

    @Test
    void listenerRemovingItselfDuringTriggerDoesNotDisturbThatTrigger() {
        Signal<String> event = new Signal<>();
        List<EventHandler<String>> self = new ArrayList<>();
        EventHandler<String> once = result -> {
            calls.add("once:" + result);
            event.removeListener(self.get(0));
        };
        self.add(once);
        event.addListener(recorder("a"));
        event.addListener(once);
        event.addListener(recorder("c"));

        event.trigger("x");
        assertEquals(List.of("a:x", "once:x", "c:x"), calls);
        assertEquals(2, event.listenerCount());

        calls.clear();
        event.trigger("y");
        assertEquals(List.of("a:y", "c:y"), calls);
    }

    @Test
    void listenerRemovingALaterOneDuringTriggerTakesEffectFromTheNextTrigger() {
        Signal<String> event = new Signal<>();
        EventHandler<String> later = recorder("later");
        event.addListener(result -> {
            calls.add("remover:" + result);
            event.removeListener(later);
        });
        event.addListener(later);

        event.trigger("x");
        event.trigger("y");

        assertEquals(List.of("remover:x", "later:x", "remover:y"), calls);
    }

    @Test
    void listenerAddedDuringTriggerRunsFromTheNextTrigger() {
        Signal<String> event = new Signal<>();
        EventHandler<String> added = recorder("added");
        event.addListener(result -> {
            calls.add("adder:" + result);
            event.addListener(added);
        });

        event.trigger("x");
        event.trigger("y");

        assertEquals(List.of("adder:x", "adder:y", "added:y"), calls);
        assertEquals(2, event.listenerCount());
    }

    @Test
    void listenerClearingAllDuringTriggerDoesNotStopThatTrigger() {
        Signal<String> event = new Signal<>();
        event.addListener(result -> {
            calls.add("clearer:" + result);
            event.removeListener();
        });
        event.addListener(recorder("b"));

        event.trigger("x");

        assertEquals(List.of("clearer:x", "b:x"), calls);
        assertEquals(0, event.listenerCount());
    }
}
