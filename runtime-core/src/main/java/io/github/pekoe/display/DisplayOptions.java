package io.github.pekoe.display;

import org.teavm.jso.dom.xml.Element;

/**
 * Where {@code display()} writes and whether it appends (PyScript's {@code target=} and
 * {@code append=}): {@code display(target("out"), x)}, {@code display(target("#out").append(false), x)},
 * {@code display(append(false), x)}. Immutable.
 */
public final class DisplayOptions {
    private static final DisplayOptions CURRENT = new DisplayOptions(null, null, true);

    private final String targetId;
    private final Element targetElement;
    private final boolean append;

    private DisplayOptions(String targetId, Element targetElement, boolean append) {
        this.targetId = targetId;
        this.targetElement = targetElement;
        this.append = append;
    }

    /** The current script's output, appending: the options {@code display(values...)} uses. */
    public static DisplayOptions current() {
        return CURRENT;
    }

    /**
     * The element with id {@code id} (a leading {@code #} is dropped); when that is a Java script
     * element, its output element.
     */
    public static DisplayOptions target(String id) {
        if (id == null) {
            throw new IllegalArgumentException("a display target id must not be null");
        }
        return new DisplayOptions(id.startsWith("#") ? id.substring(1) : id, null, true);
    }

    /** The given element; when it is a Java script element, its output element. */
    public static DisplayOptions target(Element element) {
        if (element == null) {
            throw new IllegalArgumentException("a display target element must not be null");
        }
        return new DisplayOptions(null, element, true);
    }

    /** Returns these options appending ({@code true}, the default) or replacing the content. */
    public DisplayOptions append(boolean append) {
        return new DisplayOptions(targetId, targetElement, append);
    }

    /** The target id, or null for an element target or the current script's output. */
    public String targetId() {
        return targetId;
    }

    /** The target element, or null. */
    public Element targetElement() {
        return targetElement;
    }

    /** Whether output is appended (each value in its own {@code <div>}) rather than replacing. */
    public boolean isAppend() {
        return append;
    }
}
