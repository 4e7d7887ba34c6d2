package io.github.pekoe.web;

import io.github.pekoe.internal.web.SnapshotIterator;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The classes of every member of an {@link ElementCollection} as one live set: it holds the classes
 * any member has, and {@code add}, {@code remove}, {@code toggle}, {@code replace} and {@code clear}
 * act on every member.
 */
public final class CollectionClasses extends AbstractSet<String> {
    private final ElementCollection members;

    CollectionClasses(ElementCollection members) {
        this.members = members;
    }

    private Set<String> union() {
        Set<String> names = new LinkedHashSet<>();
        for (Element member : members) {
            names.addAll(member.classes());
        }
        return names;
    }

    /** True when some member has every class named in {@code names}. */
    @Override
    public boolean contains(Object names) {
        for (Element member : members) {
            if (member.classes().contains(names)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return union().size();
    }

    /** Iterates over a snapshot of the union; {@code Iterator.remove} removes the class from every member. */
    @Override
    public Iterator<String> iterator() {
        return new SnapshotIterator<>(new ArrayList<>(union()), this::remove);
    }

    /** Adds the classes named in {@code names} to every member; true when one member changed. */
    @Override
    public boolean add(String names) {
        boolean changed = false;
        for (Element member : members) {
            changed |= member.classes().add(names);
        }
        return changed;
    }

    /** Removes the classes named in {@code names} from every member; true when one member changed. */
    @Override
    public boolean remove(Object names) {
        boolean changed = false;
        for (Element member : members) {
            changed |= member.classes().remove(names);
        }
        return changed;
    }

    /** Toggles the classes named in {@code names} on each member, each on its own. */
    public void toggle(String names) {
        for (Element member : members) {
            member.classes().toggle(names);
        }
    }

    /** Replaces {@code oldName} by {@code newName} on each member that has it; true when one did. */
    public boolean replace(String oldName, String newName) {
        boolean changed = false;
        for (Element member : members) {
            changed |= member.classes().replace(oldName, newName);
        }
        return changed;
    }

    /** Removes every class from every member. */
    @Override
    public void clear() {
        for (Element member : members) {
            member.classes().clear();
        }
    }
}
