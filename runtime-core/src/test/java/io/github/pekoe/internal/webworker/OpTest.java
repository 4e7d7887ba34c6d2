package io.github.pekoe.internal.webworker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every operation a worker sends names the web API's call that makes it, so the handles' guard, which
 * lists them all, says what the web API reaches from a worker without being kept by hand.
 */
class OpTest {
    /** The constants that are no operation of the web API: plumbing, and the flags of a binding. */
    private static final Set<String> NO_CALL = Set.of("FUNCTION", "EVENTS", "DOCUMENT", "LAST", "RELEASE", "BATCH",
            "OPEN_EVENTS", "NEXT_EVENTS", "CAPTURE", "PASSIVE", "ONCE", "PREVENT_DEFAULT", "STOP_PROPAGATION");

    @Test
    void everyOperationNamesItsCall() throws Exception {
        List<String> unnamed = new ArrayList<>();
        int highest = 0;
        for (Field field : Op.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class
                    && !NO_CALL.contains(field.getName())) {
                int op = field.getInt(null);
                highest = Math.max(highest, op);
                if (Op.name(op) == null) {
                    unnamed.add(field.getName());
                }
            }
        }
        assertEquals(List.of(), unnamed);
        assertEquals(highest, Op.LAST, "LAST is the highest operation");
        assertNull(Op.name(Op.RELEASE));
        assertNull(Op.name(Op.BATCH));
        assertNull(Op.name(Op.OPEN_EVENTS));
        assertNull(Op.name(Op.NEXT_EVENTS));
    }

    @Test
    void whatTheWebApiReachesListsEachCallOnceInOrder() {
        String reached = Op.reached();
        assertTrue(reached.startsWith("page.body(), page.head(), page.html(), making an element, id(...), text(...),"),
                reached);
        assertTrue(reached.endsWith("prop(...), their methods without arguments (showMe(), ...), style(),"
                + " options(), events: on(...), when(...), event(...)"), reached);
        for (int op = 1; op <= Op.LAST; op++) {
            String name = Op.name(op);
            if (name != null) {
                assertTrue(reached.contains(name), name);
                assertEquals(reached.indexOf(name), reached.lastIndexOf(name), name + " twice in " + reached);
            }
        }
    }

    @Test
    void propertyValuesThatCrossAreNullBooleansNumbersAndStrings() {
        assertTrue(Crossing.crosses(null));
        assertTrue(Crossing.crosses("x"));
        assertTrue(Crossing.crosses(true));
        assertTrue(Crossing.crosses(3));
        assertTrue(Crossing.crosses(2.5));
        assertFalse(Crossing.crosses(List.of(1)));
        assertFalse(Crossing.crosses(new Object()));
        assertEquals("a List", Crossing.describe(new ArrayList<>()));
        assertEquals("an object of another kind", Crossing.describe(new Object()));
    }
}
