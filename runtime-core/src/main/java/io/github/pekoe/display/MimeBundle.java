package io.github.pekoe.display;

import io.github.pekoe.internal.check.Arguments;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Representations by MIME type, in order of preference, with optional meta data per type
 * (PyScript's {@code (format_dict, metadata)}). Build it with {@link #of} and {@link #with}.
 */
public final class MimeBundle {
    private final Map<String, Object> data = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> meta = new LinkedHashMap<>();

    private MimeBundle() {
    }

    /** Returns an empty bundle. */
    public static MimeBundle of() {
        return new MimeBundle();
    }

    /** Returns a bundle holding one representation. */
    public static MimeBundle of(String mimeType, Object value) {
        return new MimeBundle().with(mimeType, value);
    }

    /** Adds a representation ({@code value} may be a {@link MimeData}); returns this bundle. */
    public MimeBundle with(String mimeType, Object value) {
        if (mimeType == null) {
            throw new IllegalArgumentException("a MIME type in a MimeBundle must not be null");
        }
        data.put(mimeType, value);
        return this;
    }

    /**
     * Adds meta data for one MIME type, merged under that type's own {@link MimeData} meta.
     *
     * @throws IllegalArgumentException if {@code entries} is null
     */
    public MimeBundle meta(String mimeType, Map<String, String> entries) {
        meta.put(mimeType, new LinkedHashMap<>(Arguments.notNull(entries, "MimeBundle.meta: the entries")));
        return this;
    }

    /** The representations, in order, read-only. */
    public Map<String, Object> data() {
        return Collections.unmodifiableMap(data);
    }

    /** The meta data for {@code mimeType}, read-only and possibly empty. */
    public Map<String, String> metaFor(String mimeType) {
        Map<String, String> entries = meta.get(mimeType);
        return Collections.unmodifiableMap(entries == null ? new LinkedHashMap<>() : entries);
    }
}
