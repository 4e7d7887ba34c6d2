package io.github.pekoe.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
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
 * JSON configs on generated documents: the JSON text of a random object, read as a page reads it,
 * is the config, deeply read-only; the text of anything but an object is refused naming the origin
 * and what the text holds instead.
 */
class ConfigTextProperties {
    private static final Gson GSON = new GsonBuilder().serializeNulls().create();

    @Property(tries = 1000)
    void theTextOfAnObjectIsThatObjectReadOnly(@ForAll("objects") Map<String, Object> value) {
        String text = GSON.toJson(value);
        Map<String, Object> config = ConfigText.check(PageJson.parse(text), "config.json");
        assertEquals(asRead(value), config, () -> "JSON text: " + text);
        assertReadOnly(config);
    }

    @Property(tries = 300)
    void theTextOfAnythingElseIsRefusedNamingOriginAndKind(@ForAll("notObjects") Object value) {
        String text = GSON.toJson(value);
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigText.check(PageJson.parse(text), "<py-config> #3"));
        String kind = value == null ? "null" : value instanceof List ? "an array" : value instanceof String
                ? "a string" : value instanceof Number ? "a number" : value.toString();
        assertEquals("the config in <py-config> #3 must be a JSON object, not " + kind, e.getMessage());
    }

    private static void assertReadOnly(Object value) {
        if (value instanceof Map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) value;
            assertThrows(UnsupportedOperationException.class, () -> map.put("added", 1));
            map.values().forEach(ConfigTextProperties::assertReadOnly);
        } else if (value instanceof List) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) value;
            assertThrows(UnsupportedOperationException.class, () -> list.add(1));
            list.forEach(ConfigTextProperties::assertReadOnly);
        } else {
            assertTrue(value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                    || value instanceof Double, () -> "unexpected " + value.getClass());
        }
    }

    /** {@code value} with its numbers as a page reads them from JSON text. */
    private static Object asRead(Object value) {
        if (value instanceof Number) {
            return JsToJava.number(((Number) value).doubleValue());
        }
        if (value instanceof List) {
            List<Object> copy = new ArrayList<>();
            ((List<?>) value).forEach(item -> copy.add(asRead(item)));
            return copy;
        }
        if (value instanceof Map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> copy.put(k, asRead(v)));
            return copy;
        }
        return value;
    }

    @Provide
    Arbitrary<Map<String, Object>> objects() {
        Arbitrary<Object> values = Arbitraries.recursive(ConfigTextProperties::scalars, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(list -> (Object) new ArrayList<>(list)),
                maps(inner).map(map -> (Object) map)), 0, 4);
        return maps(values);
    }

    @Provide
    Arbitrary<Object> notObjects() {
        return Arbitraries.oneOf(scalars(), scalars().list().ofMaxSize(3).map(list -> (Object) new ArrayList<>(list)));
    }

    private static Arbitrary<Map<String, Object>> maps(Arbitrary<Object> values) {
        return Arbitraries.maps(Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(8),
                Arbitraries.of("0", "1", "10", "01", "-1", "__proto__", "plugins")), values)
                .ofMaxSize(5).map(LinkedHashMap::new);
    }

    private static Arbitrary<Object> scalars() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of(true, false),
                Arbitraries.longs().between(-(1L << 53) + 1, (1L << 53) - 1).map(n -> (Object) n),
                Arbitraries.doubles().map(d -> (Object) d), Arbitraries.strings().ofMaxLength(10).map(s -> (Object) s));
    }
}
