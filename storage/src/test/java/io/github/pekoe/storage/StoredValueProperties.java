package io.github.pekoe.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.internal.js.JsToJava;
import io.github.pekoe.testing.PageJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The stored value format on generated values: every value storage accepts comes back from its
 * stored text exactly (as the page reads numbers: whole and exact ones as Long, the rest as Double),
 * and every value holding something storage cannot keep is refused with a message naming the key.
 */
class StoredValueProperties {

    /** What a page gets back from the stored text of {@code value}. */
    private static Object roundTrip(Object value) {
        String text = ValueFormat.encode(value);
        return ValueFormat.decode(text, PageJson.parse(text));
    }

    /** {@code value} with its numbers as a page reads them back; everything else unchanged. */
    private static Object asRead(Object value) {
        if (value instanceof Number) {
            return JsToJava.number(((Number) value).doubleValue());
        }
        if (value instanceof List) {
            List<Object> copy = new ArrayList<>();
            for (Object item : (List<?>) value) {
                copy.add(asRead(item));
            }
            return copy;
        }
        if (value instanceof Map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                copy.put(entry.getKey(), asRead(entry.getValue()));
            }
            return copy;
        }
        return value;
    }

    @Property(tries = 2000)
    void everyStorableValueComesBackExactly(@ForAll("storable") Object value) {
        StoredValues.check("k", value);
        assertEquals(asRead(value), roundTrip(value), () -> "stored text: " + ValueFormat.encode(value));
    }

    @Property(tries = 300)
    void bytesComeBackByteForByte(@ForAll byte[] bytes) {
        assertArrayEquals(bytes, (byte[]) roundTrip(bytes));
    }

    @Property(tries = 1000)
    void aValueWithSomethingUnstorableInsideIsRefusedNamingTheKey(@ForAll("keys") String key,
            @ForAll("storable") Object around, @ForAll("unstorable") Object bad, @ForAll("paths") List<Integer> path) {
        // a byte[] is storable at the top level only
        Object value = plant(around, bad, path.isEmpty() && bad instanceof byte[] ? List.of(0) : path);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoredValues.check(key, value));
        assertTrue(e.getMessage().contains("the key '" + key + "'"), e.getMessage());
        assertTrue(e.getMessage().startsWith("cannot store "), e.getMessage());
    }

    /**
     * Puts {@code bad} into {@code around} at a place chosen by {@code path}: each step enters a list
     * or a map (made when there is none), the last step adds {@code bad} there.
     */
    private static Object plant(Object around, Object bad, List<Integer> path) {
        if (path.isEmpty()) {
            return bad;
        }
        int step = path.get(0);
        List<Integer> rest = path.subList(1, path.size());
        if (around instanceof Map && !((Map<?, ?>) around).isEmpty() && step % 2 == 0) {
            Map<Object, Object> copy = new LinkedHashMap<>((Map<?, ?>) around);
            Object key = new ArrayList<>(copy.keySet()).get(step % copy.size());
            copy.put(key, plant(copy.get(key), bad, rest));
            return copy;
        }
        List<Object> copy = around instanceof List ? new ArrayList<>((List<?>) around) : new ArrayList<>(List.of("x"));
        int at = step % (copy.size() + 1);
        copy.add(at, plant(at < copy.size() ? copy.get(at) : null, bad, rest));
        return copy;
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.strings().ofMaxLength(12);
    }

    @Provide
    Arbitrary<List<Integer>> paths() {
        return Arbitraries.integers().between(0, 1000).list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<Object> storable() {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.of(true, false),
                Arbitraries.integers(),
                Arbitraries.longs().between(-StoredValues.MAX_EXACT, StoredValues.MAX_EXACT),
                Arbitraries.doubles().filter(d -> !d.isNaN() && !d.isInfinite()),
                Arbitraries.of(0.0, -0.0, 0.5, 1e21, 9007199254740992.0, 5e-324),
                Arbitraries.strings().ofMaxLength(10),
                Arbitraries.of("generic", "null", "bytearray", "0", "1", "2", "\"", "\\", "\u0000", "\ud83d\ude00"));
        return Arbitraries.recursive(() -> scalars, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(list -> (Object) new ArrayList<>(list)),
                Arbitraries.maps(Arbitraries.strings().ofMaxLength(6), inner).ofMaxSize(4)
                        .map(map -> (Object) new LinkedHashMap<>(map))), 0, 4);
    }

    @Provide
    Arbitrary<Object> unstorable() {
        return Arbitraries.oneOf(
                Arbitraries.longs().greaterOrEqual(StoredValues.MAX_EXACT + 1),
                Arbitraries.longs().lessOrEqual(-StoredValues.MAX_EXACT - 1),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
                Arbitraries.floats(),
                Arbitraries.of(new Object(), 'c', (short) 1, new StringBuilder("text")),
                Arbitraries.integers().map(n -> (Object) Map.of(n, "value")),
                Arbitraries.just(new byte[] {1, 2}));
    }
}
