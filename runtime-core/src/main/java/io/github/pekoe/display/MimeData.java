package io.github.pekoe.display;

import io.github.pekoe.internal.check.Arguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A representation with meta data, PyScript's {@code (data, meta)} pair: for images, the meta
 * entries become attributes of the {@code <img>} (e.g. {@code width}, {@code height}).
 */
public final class MimeData {
    private final Object data;
    private final Map<String, String> meta;

    private MimeData(Object data, Map<String, String> meta) {
        this.data = data;
        this.meta = meta;
    }

    /** Returns {@code data} with no meta data. */
    public static MimeData of(Object data) {
        return of(data, new LinkedHashMap<>());
    }

    /**
     * Returns {@code data} with {@code meta}, kept in its order.
     *
     * @throws IllegalArgumentException if {@code meta} is null
     */
    public static MimeData of(Object data, Map<String, String> meta) {
        return new MimeData(data, Collections.unmodifiableMap(new LinkedHashMap<>(Arguments.notNull(meta,
                "MimeData.of: the meta"))));
    }

    /** Returns a copy with one more meta entry. */
    public MimeData with(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(meta);
        more.put(key, value);
        return new MimeData(data, Collections.unmodifiableMap(more));
    }

    /** The representation itself. */
    public Object data() {
        return data;
    }

    /** The meta data, read-only. */
    public Map<String, String> meta() {
        return meta;
    }
}
