package io.github.pekoe.web;

import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.web.NodeOps;
import io.github.pekoe.internal.web.SnapshotIterator;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
    private final NodeOps ops;
    private final HTMLElement dom;

    Dataset(NodeOps ops, HTMLElement dom) {
        this.ops = ops;
        this.dom = dom;
    }

    /** The value of {@code data-NAME} for the camel-case {@code name}, or null when it is not set. */
    @Override
    public @Nullable String get(Object name) {
        return name instanceof String ? ops.attr(dom, DataNames.toAttribute((String) name)) : null;
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
            ops.attr(dom, Arguments.name(DataNames.toAttribute(name), "dataset: the attribute"), value);
        }
        return old;
    }

    /** Removes {@code data-NAME}; returns its old value, or null. */
    @Override
    public @Nullable String remove(Object name) {
        String old = get(name);
        if (old != null) {
            ops.attr(dom, DataNames.toAttribute((String) name), null);
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
        List<String> attributes = ops.attributes(dom);
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            String key = DataNames.toKey(attributes.get(i));
            if (key != null) {
                entries.add(new AbstractMap.SimpleEntry<>(key, attributes.get(i + 1)) {
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
