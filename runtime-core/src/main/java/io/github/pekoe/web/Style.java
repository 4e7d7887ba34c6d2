package io.github.pekoe.web;

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
 * An element's inline style as a live {@code Map<String, String>}: CSS names
 * ({@code background-color}) and JavaScript names ({@code backgroundColor}) both work; keys read back
 * in CSS form. A property that is not set reads as null.
 *
 * <pre>{@code
 * el.style().put("background-color", "teal");
 * el.style().put("fontSize", "16px");
 * el.style().remove("margin");
 * }</pre>
 */
public final class Style extends AbstractMap<String, String> {
    private final NodeOps ops;
    private final HTMLElement dom;

    Style(NodeOps ops, HTMLElement dom) {
        this.ops = ops;
        this.dom = dom;
    }

    /** The value of the property {@code name}, or null when it is not set. */
    @Override
    public @Nullable String get(Object name) {
        if (!(name instanceof String)) {
            return null;
        }
        String value = ops.style(dom, StyleNames.toCss((String) name));
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
    }

    /** Sets the property {@code name}; a null value removes it. Returns the old value. */
    @Override
    public @Nullable String put(String name, @Nullable String value) {
        String old = get(name);
        ops.style(dom, StyleNames.toCss(name), value);
        return old;
    }

    /** Removes the property {@code name}; returns its old value, or null. Unset properties are ignored. */
    @Override
    public @Nullable String remove(Object name) {
        String old = get(name);
        if (name instanceof String) {
            ops.style(dom, StyleNames.toCss((String) name), null);
        }
        return old;
    }

    @Override
    public int size() {
        return ops.styles(dom).size() / 2;
    }

    /** Removes every inline style. */
    @Override
    public void clear() {
        List<String> set = ops.styles(dom);
        for (int i = 0; i < set.size(); i += 2) {
            ops.style(dom, set.get(i), null);
        }
    }

    /** A snapshot of the set properties; {@code setValue} and {@code Iterator.remove} write through. */
    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        List<String> set = ops.styles(dom);
        List<Map.Entry<String, String>> entries = new ArrayList<>(set.size() / 2);
        for (int i = 0; i < set.size(); i += 2) {
            entries.add(new Entry(set.get(i), set.get(i + 1)));
        }
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new SnapshotIterator<>(entries, entry -> Style.this.remove(entry.getKey()));
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    /** One property; setting its value sets the style. */
    private final class Entry extends AbstractMap.SimpleEntry<String, String> {
        Entry(String name, String value) {
            super(name, value);
        }

        @Override
        public String setValue(String value) {
            put(getKey(), value);
            return super.setValue(value);
        }
    }
}
