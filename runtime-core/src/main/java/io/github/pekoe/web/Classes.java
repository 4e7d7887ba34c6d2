package io.github.pekoe.web;

import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.web.NodeOps;
import io.github.pekoe.internal.web.SnapshotIterator;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * An element's CSS classes as a live {@code Set<String>} over its {@code classList}: every change
 * shows in the page at once. A name holding spaces ({@code "big red"}) stands for each of its names;
 * removing a class the element lacks is harmless.
 *
 * <pre>{@code
 * el.classes().add("done");
 * el.classes().toggle("open");
 * el.classes().set("selected", isSelected);
 * }</pre>
 */
public final class Classes extends AbstractSet<String> {
    private final HTMLElement dom;
    private final NodeOps ops;

    Classes(HTMLElement dom, NodeOps ops) {
        this.dom = dom;
        this.ops = ops;
    }

    @Override
    public int size() {
        return ops.classCount(dom);
    }

    /** True when the element has every class named in {@code names} (and {@code names} names one). */
    @Override
    public boolean contains(Object names) {
        if (!(names instanceof String)) {
            return false;
        }
        List<String> split = ClassNames.split((String) names);
        for (String name : split) {
            if (!ops.hasClass(dom, name)) {
                return false;
            }
        }
        return !split.isEmpty();
    }

    /** Adds each class named in {@code names}; true when one was missing. */
    @Override
    public boolean add(String names) {
        boolean changed = false;
        for (String name : ClassNames.split(names)) {
            if (!ops.hasClass(dom, name)) {
                ops.addClass(dom, name);
                changed = true;
            }
        }
        return changed;
    }

    /** Removes each class named in {@code names}; true when one was there. Missing classes are ignored. */
    @Override
    public boolean remove(Object names) {
        if (!(names instanceof String)) {
            return false;
        }
        boolean changed = false;
        for (String name : ClassNames.split((String) names)) {
            if (ops.hasClass(dom, name)) {
                ops.removeClass(dom, name);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * Adds each class named in {@code names} that is missing and removes each that is there; true
     * when the last one named is now on.
     */
    public boolean toggle(String names) {
        boolean on = false;
        for (String name : ClassNames.split(names)) {
            on = ops.toggleClass(dom, name);
        }
        return on;
    }

    /** Adds the class {@code name} when {@code on}, else removes it (Vaadin's {@code ClassList.set}). */
    public boolean set(String name, boolean on) {
        return on ? add(name) : remove(name);
    }

    /**
     * Replaces the class {@code oldName} by {@code newName} in its place; true when {@code oldName}
     * was there (else nothing changes).
     *
     * @throws IllegalArgumentException if a name is null
     */
    public boolean replace(String oldName, String newName) {
        Arguments.notNull(newName, "classes().replace: the new name");
        if (!ops.hasClass(dom, Arguments.notNull(oldName, "classes().replace: the old name"))) {
            return false;
        }
        List<String> names = new ArrayList<>();
        for (String name : ClassNames.split(ops.className(dom))) {
            String kept = name.equals(oldName) ? newName : name;
            if (!names.contains(kept)) {
                names.add(kept);
            }
        }
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            text.append(text.length() == 0 ? "" : " ").append(name);
        }
        ops.className(dom, text.toString());
        return true;
    }

    /** Removes every class. */
    @Override
    public void clear() {
        ops.className(dom, "");
    }

    /** Iterates over a snapshot of the names; {@code Iterator.remove} removes from the element. */
    @Override
    public Iterator<String> iterator() {
        List<String> names = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            names.add(ops.classAt(dom, i));
        }
        return new SnapshotIterator<>(names, this::remove);
    }
}
