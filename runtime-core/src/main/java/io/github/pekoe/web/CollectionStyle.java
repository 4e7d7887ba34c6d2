package io.github.pekoe.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The inline styles of every member of an {@link ElementCollection}: written to all, read one per member. */
public final class CollectionStyle {
    private final ElementCollection members;

    CollectionStyle(ElementCollection members) {
        this.members = members;
    }

    /** The value of the property {@code name} on each member, in order; null where it is not set. */
    public List<@Nullable String> get(String name) {
        List<String> values = new ArrayList<>(members.size());
        for (Element member : members) {
            values.add(member.style().get(name));
        }
        return values;
    }

    /** Sets the property {@code name} on every member; {@code font-size} and {@code fontSize} both work. */
    public CollectionStyle set(String name, @Nullable String value) {
        for (Element member : members) {
            member.style().put(name, value);
        }
        return this;
    }

    /** Removes the property {@code name} from every member. */
    public CollectionStyle remove(String name) {
        for (Element member : members) {
            member.style().remove(name);
        }
        return this;
    }
}
