package io.github.pekoe.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.internal.Streams;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses JSON on the JVM into the values a page gets from it: what the browser's {@code JSON.parse}
 * makes, converted to Java as Pekoe converts it. Objects become {@code LinkedHashMap}s in JavaScript's
 * key order (integer-like keys first, ascending, then the others as written; a repeated key keeps its
 * first place and its last value), arrays {@code ArrayList}s, numbers doubles that are {@code Long}
 * when whole and exact (so {@code 1.0} is {@code 1L} and {@code 9007199254740993} is a {@code Double}),
 * strings, booleans and null. Tests use it to feed JVM code what a page would.
 */
public final class PageJson {
    private static final double MAX_EXACT = 9007199254740991.0;
    private static final long MAX_INDEX = 4294967294L;

    private PageJson() {
    }

    /**
     * Parses {@code text} strictly, as {@code JSON.parse} does.
     *
     * @throws IllegalArgumentException if the text is not JSON
     */
    public static Object parse(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            reader.peek(); // an empty text is an error here, as in JSON.parse, not a JSON null
            JsonElement element = Streams.parse(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new IllegalArgumentException("invalid JSON: more text after the value");
            }
            return convert(element);
        } catch (JsonParseException | IOException | IllegalStateException e) {
            String message = String.valueOf(e.getMessage());
            int lineEnd = message.indexOf('\n');
            throw new IllegalArgumentException("invalid JSON: " + (lineEnd < 0 ? message : message.substring(0, lineEnd)), e);
        }
    }

    /**
     * Parses {@code text}, which must hold a JSON object.
     *
     * @throws IllegalArgumentException if the text is not JSON or not an object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("the JSON text is not an object: " + text);
        }
        return (Map<String, Object>) value;
    }

    /** Returns {@code n} as the page's JSON path does: a {@code Long} when whole and exact, else a {@code Double}. */
    public static Object number(double n) {
        if (n == Math.floor(n) && Math.abs(n) <= MAX_EXACT && !(n == 0 && 1 / n < 0)) {
            return (long) n;
        }
        return n;
    }

    private static Object convert(JsonElement element) {
        if (element.isJsonNull()) {
            return null;
        }
        if (element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            List<Object> list = new ArrayList<>(array.size());
            for (JsonElement item : array) {
                list.add(convert(item));
            }
            return list;
        }
        if (element.isJsonObject()) {
            return object(element.getAsJsonObject());
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        if (primitive.isNumber()) {
            return number(Double.parseDouble(primitive.getAsNumber().toString()));
        }
        return primitive.getAsString();
    }

    private static Map<String, Object> object(JsonObject object) {
        TreeMap<Long, String> indexes = new TreeMap<>();
        List<String> names = new ArrayList<>();
        for (String key : object.keySet()) {
            long index = arrayIndex(key);
            if (index >= 0) {
                indexes.put(index, key);
            } else {
                names.add(key);
            }
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (String key : indexes.values()) {
            map.put(key, convert(object.get(key)));
        }
        for (String key : names) {
            map.put(key, convert(object.get(key)));
        }
        return map;
    }

    /** The array index a key names in JavaScript's key order ("0", "17", not "01" or "-1"), or -1. */
    private static long arrayIndex(String key) {
        if (key.isEmpty() || key.length() > 10 || (key.length() > 1 && key.charAt(0) == '0')) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= MAX_INDEX ? value : -1;
    }
}
