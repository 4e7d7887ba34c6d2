package io.github.pekoe.internal.names;

/**
 * Values by name in the order they were added: two arrays searched in order. A page names a handful
 * of scripts and handlers, and with this no map class need ship in its bundle for them. It checks
 * nothing: its owner decides which names it takes.
 *
 * @param <T> the values
 */
public final class NameTable<T> {
    private String[] names = new String[4];
    private Object[] values = new Object[4];
    private int size;

    /** Adds {@code value} under {@code name}, after the others. */
    public void add(String name, T value) {
        if (size == names.length) {
            String[] moreNames = new String[size * 2];
            Object[] moreValues = new Object[size * 2];
            for (int i = 0; i < size; i++) {
                moreNames[i] = names[i];
                moreValues[i] = values[i];
            }
            names = moreNames;
            values = moreValues;
        }
        names[size] = name;
        values[size++] = value;
    }

    /** How many names the table holds. */
    public int size() {
        return size;
    }

    /** The name added {@code index}-th (from 0). */
    public String name(int index) {
        return names[index];
    }

    /** The index of the first entry named {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The value of the first entry named {@code name}, or null. */
    @SuppressWarnings("unchecked")
    public T find(String name) {
        int i = indexOf(name);
        return i < 0 ? null : (T) values[i];
    }

    /** The names in the order they were added, joined by ", "; empty when there are none. */
    public String joinedNames() {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < size; i++) {
            joined.append(i == 0 ? "" : ", ").append(names[i]);
        }
        return joined.toString();
    }
}
