package io.github.pekoe.web;

import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JsProperties;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * An element's {@code data-*} attributes as a live {@code Map<String, String>} (the DOM's
 * {@code dataset}): keys are in camel case, {@code "userId"} for {@code data-user-id}; a key that is
 * not set reads as null.
 *
 * <pre>{@code
 * row.dataset().put("teaId", "42");      // data-tea-id="42"
 * String id = row.dataset().get("teaId");
 * }</pre>
 */
public final class Dataset extends AbstractMap<String, String> {
    private final HTMLElement dom;

    Dataset(HTMLElement dom) {
        this.dom = dom;
    }

    /** The value of {@code data-NAME} for the camel-case {@code name}, or null when it is not set. */
    @Override
    public @Nullable String get(Object name) {
        return name instanceof String ? dom.getAttribute(DataNames.toAttribute((String) name)) : null;
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
    }

    /**
     * Sets {@code data-NAME}; a null value removes it. Returns the old value.
     *
     * @throws IllegalArgumentException if {@code name} is null, has a hyphen before a lower-case letter,
     *     or makes no valid attribute name ({@code "a b"})
     */
    @Override
    public @Nullable String put(String name, @Nullable String value) {
        String old = get(name);
        if (value == null) {
            remove(name);
        } else {
            dom.setAttribute(Arguments.name(DataNames.toAttribute(name), "dataset: the attribute"), value);
        }
        return old;
    }

    /** Removes {@code data-NAME}; returns its old value, or null. */
    @Override
    public @Nullable String remove(Object name) {
        String old = get(name);
        if (old != null) {
            dom.removeAttribute(DataNames.toAttribute((String) name));
        }
        return old;
    }

    @Override
    public int size() {
        return entrySet().size();
    }

    /** A snapshot of the data attributes in markup order; {@code Iterator.remove} and {@code setValue} write through. */
    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        JSObject attributes = JsProperties.get(dom, "attributes");
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (int i = 0; i < ArrayLike.length(attributes); i++) {
            JSObject attribute = ArrayLike.item(attributes, i);
            String key = DataNames.toKey(JsProperties.getText(attribute, "name"));
            if (key != null) {
                entries.add(new AbstractMap.SimpleEntry<>(key, JsProperties.getText(attribute, "value")) {
                    @Override
                    public String setValue(String value) {
                        put(getKey(), value);
                        return super.setValue(value);
                    }
                });
            }
        }
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new SnapshotIterator<>(entries, entry -> Dataset.this.remove(entry.getKey()));
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }
}
