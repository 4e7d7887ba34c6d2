package io.github.pekoe.event;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The custom {@link Event}: listener order, duplicates, removal and exceptions. */
class EventTest {

    private final List<String> calls = new ArrayList<>();

    private Event.Listener<String> recorder(String name) {
        return result -> calls.add(name + ":" + result);
    }

    @Test
    void newEventHasNoListeners() {
        assertEquals(0, new Event<String>().listenerCount());
    }

    @Test
    void listenersAreCalledWithTheResultInTheOrderTheyWereAdded() {
        Event<String> event = new Event<>();
        event.addListener(recorder("a"));
        event.addListener(recorder("b"));
        event.addListener(recorder("c"));

        event.trigger("x");

        assertEquals(List.of("a:x", "b:x", "c:x"), calls);
    }

    @Test
    void everyTriggerCallsTheListenersAgain() {
        Event<Integer> event = new Event<>();
        List<Integer> seen = new ArrayList<>();
        event.addListener(seen::add);

        event.trigger(1);
        event.trigger(2);

        assertEquals(List.of(1, 2), seen);
    }

    @Test
    void nullResultIsPassedToTheListeners() {
        Event<String> event = new Event<>();
        event.addListener(recorder("a"));
        event.trigger(null);
        assertEquals(List.of("a:null"), calls);
    }

    @Test
    void addingTheSameListenerTwiceKeepsOneAndCallsItOnce() {
        Event<String> event = new Event<>();
        Event.Listener<String> listener = recorder("a");
        event.addListener(listener);
        event.addListener(recorder("b"));
        event.addListener(listener);

        assertEquals(2, event.listenerCount());
        event.trigger("x");
        assertEquals(List.of("a:x", "b:x"), calls);
    }

    @Test
    void listenerOfASupertypeIsAccepted() {
        Event<Integer> event = new Event<>();
        List<Object> seen = new ArrayList<>();
        Event.Listener<Object> general = seen::add;
        event.addListener(general);
        event.trigger(7);
        assertEquals(List.of(7), seen);
    }

    @Test
    void nullListenerIsRejected() {
        Event<String> event = new Event<>();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> event.addListener(null));
        assertEquals("an Event listener must not be null", e.getMessage());
        assertEquals(0, event.listenerCount());
    }

    @Test
    void removeListenerRemovesOnlyThatListener() {
        Event<String> event = new Event<>();
        Event.Listener<String> b = recorder("b");
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
        Event<String> event = new Event<>();
        Event.Listener<String> a = recorder("a");
        Event.Listener<String> c = recorder("c");
        event.addListener(a);
        event.addListener(recorder("b"));
        event.addListener(c);

        event.removeListener(a, c);

        event.trigger("x");
        assertEquals(List.of("b:x"), calls);
    }

    @Test
    void removingAnUnknownListenerIsHarmless() {
        Event<String> event = new Event<>();
        event.addListener(recorder("a"));

        assertDoesNotThrow(() -> event.removeListener(recorder("unknown")));

        assertEquals(1, event.listenerCount());
        event.trigger("x");
        assertEquals(List.of("a:x"), calls);
    }

    @Test
    void removingTheSameListenerTwiceIsHarmless() {
        Event<String> event = new Event<>();
        Event.Listener<String> a = recorder("a");
        event.addListener(a);
        event.removeListener(a);
        assertDoesNotThrow(() -> event.removeListener(a));
        assertEquals(0, event.listenerCount());
    }

    @Test
    void removeListenerWithoutArgumentsRemovesEveryListener() {
        Event<String> event = new Event<>();
        event.addListener(recorder("a"));
        event.addListener(recorder("b"));

        event.removeListener();

        assertEquals(0, event.listenerCount());
        event.trigger("x");
        assertTrue(calls.isEmpty(), calls.toString());
    }

    @Test
    void removedListenerCanBeAddedAgainAtTheEnd() {
        Event<String> event = new Event<>();
        Event.Listener<String> a = recorder("a");
        event.addListener(a);
        event.addListener(recorder("b"));
        event.removeListener(a);
        event.addListener(a);

        event.trigger("x");

        assertEquals(List.of("b:x", "a:x"), calls);
    }

    @Test
    void triggerWithoutListenersDoesNothing() {
        Event<String> event = new Event<>();
        assertDoesNotThrow(() -> event.trigger("x"));
        assertEquals(0, event.listenerCount());
    }

    @Test
    void throwingListenerStopsTheLaterOnesAndItsRuntimeExceptionLeavesTriggerUnchanged() {
        Event<String> event = new Event<>();
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
        Event<String> event = new Event<>();
        AssertionError thrown = new AssertionError("broken");
        event.addListener(result -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(AssertionError.class, () -> event.trigger("x")));
    }

    @Test
    void checkedExceptionIsWrappedInIllegalStateExceptionWithTheCause() {
        Event<String> event = new Event<>();
        IOException thrown = new IOException("disk full");
        event.addListener(result -> {
            throw thrown;
        });
        event.addListener(recorder("later"));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> event.trigger("x"));

        assertSame(thrown, e.getCause());
        assertEquals("an Event listener failed: java.io.IOException: disk full", e.getMessage());
        assertTrue(calls.isEmpty(), calls.toString());
    }

    @Test
    void eventStillWorksAfterAListenerThrew() {
        Event<String> event = new Event<>();
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
        Event<String> event = new Event<>();
        List<Event.Listener<String>> self = new ArrayList<>();
        Event.Listener<String> once = result -> {
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
        Event<String> event = new Event<>();
        Event.Listener<String> later = recorder("later");
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
        Event<String> event = new Event<>();
        Event.Listener<String> added = recorder("added");
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
        Event<String> event = new Event<>();
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
