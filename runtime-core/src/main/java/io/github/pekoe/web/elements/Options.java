package io.github.pekoe.web.elements;

import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.NodeHolder;
import io.github.pekoe.internal.web.NodeOps;
import io.github.pekoe.internal.web.SnapshotIterator;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Node;

/**
 * The options of a {@code <select>}, {@code <datalist>} or {@code <optgroup>} as a live list
 * (PyScript's {@code Options}): read, add, remove and clear them; see which one is selected.
 *
 * <pre>{@code
 * Options options = select.options();
 * options.add("2", "Option 2");                    // value and markup
 * options.add("1.5", "Option 1.5", null, 1);       // before the option at index 1
 * OptionElement chosen = options.selected();
 * }</pre>
 */
public final class Options extends AbstractList<OptionElement> {
    private final HTMLElement owner;
    private final NodeOps ops;

    Options(HTMLElement owner) {
        this.owner = owner;
        this.ops = NodeOps.current();
    }

    /**
     * What a factory argument means in an element with options: a String is an option with that
     * name (its value is the name), a {@code Map.Entry} an option named by the key with the value of
     * the entry; anything else stays as it is.
     */
    static Object optionFor(Object item) {
        if (item instanceof String) {
            return new OptionElement().text((String) item);
        }
        if (item instanceof Map.Entry) {
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) item;
            return new OptionElement().text(String.valueOf(entry.getKey())).value(String.valueOf(entry.getValue()));
        }
        return item;
    }

    private JSObject nodes() {
        return ops.options(owner);
    }

    @Override
    public int size() {
        return ArrayLike.length(nodes());
    }

    /**
     * The option at {@code index}, counted from 0.
     *
     * @throws IndexOutOfBoundsException saying the index and the number of options when there is none
     */
    @Override
    public OptionElement get(int index) {
        int size = size();
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("option index " + index + " is out of range: <" + ops.tag(owner)
                    + "> has " + size + (size == 1 ? " option" : " options"));
        }
        return new OptionElement((HTMLElement) ArrayLike.item(nodes(), index));
    }

    /** Adds an option with the value {@code value} and the markup {@code html} at the end; returns it. */
    public OptionElement add(@Nullable String value, @Nullable String html) {
        return add(value, html, null, null);
    }

    /**
     * Adds an option and returns it (PyScript's {@code options.add}). Null arguments are left out.
     *
     * @param value the option's value
     * @param html the option's content, as markup
     * @param text the option's content, as text (wins over {@code html})
     * @param before where to insert it: the index of an option, an option (an {@code Element} or DOM
     *     node), or null for the end
     * @throws IndexOutOfBoundsException if {@code before} is an index past the end
     * @throws IllegalArgumentException if {@code before} is of another type
     */
    public OptionElement add(@Nullable String value, @Nullable String html, @Nullable String text,
            @Nullable Object before) {
        OptionElement option = new OptionElement();
        if (value != null) {
            option.value(value);
        }
        if (html != null) {
            option.html(html);
        }
        if (text != null) {
            option.text(text);
        }
        Node next = position(before);
        if (next == null) {
            ops.append(owner, option.dom());
        } else {
            ops.insertBefore(next, option.dom());
        }
        return option;
    }

    private Node position(Object before) {
        if (before == null) {
            return null;
        }
        if (before instanceof Integer) {
            int index = (Integer) before;
            return index == size() ? null : get(index).dom();
        }
        if (before instanceof NodeHolder) {
            return ((NodeHolder) before).dom();
        }
        if (before instanceof JSObject && ops.isNode((JSObject) before)) {
            return (Node) before;
        }
        throw new IllegalArgumentException("'before' is an option index, an option or null, not a "
                + before.getClass().getName());
    }

    /**
     * Removes the option at {@code index} and returns it.
     *
     * @throws IndexOutOfBoundsException when there is no such option
     */
    @Override
    public OptionElement remove(int index) {
        return get(index).remove();
    }

    /**
     * Iterates over the options as they are when it starts, all read in one step (in a worker, one call
     * to the page rather than one per option); {@code Iterator.remove} removes the option from the page.
     */
    @Override
    public Iterator<OptionElement> iterator() {
        JSObject nodes = nodes();
        int size = ArrayLike.length(nodes);
        List<OptionElement> options = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            options.add(new OptionElement((HTMLElement) ArrayLike.item(nodes, i)));
        }
        return new SnapshotIterator<>(options, OptionElement::remove);
    }

    /** Removes every option. */
    @Override
    public void clear() {
        List<OptionElement> all = new ArrayList<>(this);
        for (OptionElement option : all) {
            option.remove();
        }
    }

    /** The first selected option, or null when none is. */
    public @Nullable OptionElement selected() {
        for (OptionElement option : this) {
            if (option.isSelected()) {
                return option;
            }
        }
        return null;
    }
}
