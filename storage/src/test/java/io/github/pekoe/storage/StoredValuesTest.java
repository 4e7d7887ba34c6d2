package io.github.pekoe.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which values a store takes, and what the refusal of the others says. */
class StoredValuesTest {
    private static final String HOLDS = ": storage holds null, Boolean, Integer, Long, Double, String, List, Map"
            + " (String keys) and, at the top level, byte[]";

    private static String refusal(String key, Object value) {
        return assertThrows(IllegalArgumentException.class, () -> StoredValues.check(key, value)).getMessage();
    }

    @Test
    void theSupportedValuesPass() {
        for (Object value : Arrays.asList(null, true, 0, 7L, -2.5, "", List.of(1, "a", List.of()),
                Map.of("k", Map.of("n", Arrays.asList(null, false))), new byte[] {1})) {
            StoredValues.check("k", value);
        }
    }

    @Test
    void otherTypesAreRefusedNamingTheTypeAndTheKey() {
        assertEquals("cannot store a java.util.Date under the key 'when'" + HOLDS, refusal("when", new Date(0)));
        assertEquals("cannot store a java.lang.Float under the key 'f'" + HOLDS, refusal("f", 1.5f));
        assertEquals("cannot store a byte[] inside the value of the key 'b'" + HOLDS,
                refusal("b", List.of(new byte[] {1})));
        assertEquals("cannot store a java.lang.Object inside the value of the key 'm'" + HOLDS,
                refusal("m", Map.of("x", new Object())));
        Map<Object, Object> numbered = new HashMap<>();
        numbered.put(1, "one");
        assertEquals("cannot store a Map with the key java.lang.Integer (map keys must be Strings) under the key 'n'"
                + HOLDS, refusal("n", numbered));
    }

    @Test
    void inexactNumbersAndNullKeysAreRefused() {
        assertEquals("cannot store the Long 9007199254740992 (beyond 2^53 - 1, it would not come back exactly)"
                + " under the key 'big'" + HOLDS, refusal("big", 9007199254740992L));
        assertEquals("cannot store the Double NaN (not finite) under the key 'nan'" + HOLDS,
                refusal("nan", Double.NaN));
        assertEquals("storage keys are strings, not null", refusal(null, 1));
    }

    @Test
    void aListThatContainsItselfIsRefused() {
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        assertEquals("cannot store a value nested more than 512 levels deep (does it contain itself?) inside the"
                + " value of the key 'loop'" + HOLDS, refusal("loop", loop));
    }
}
