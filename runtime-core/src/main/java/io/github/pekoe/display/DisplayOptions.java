package io.github.pekoe.display;

import org.jspecify.annotations.Nullable;
import org.teavm.jso.dom.xml.Element;

/**
 * Where {@code display()} writes and whether it appends (PyScript's {@code target=} and
 * {@code append=}): {@code new DisplayOptions().target("out").append(false)}, or through the
 * facade's shortcuts, {@code display(target("out"), x)}, {@code display(target("#out").append(false), x)}
 * and {@code display(append(false), x)}. Without a target, output goes to the current script's output.
 */
public final class DisplayOptions {
    private @Nullable String targetId;
    private @Nullable Element targetElement;
    private boolean append = true;

    /** The current script's output, appending: the options {@code display(values...)} uses. */
    public DisplayOptions() {
    }

    /**
     * Writes into the element with id {@code id} (a leading {@code #} is dropped); when that is a Java
     * script element, into its output element.
     *
     * @throws IllegalArgumentException if {@code id} is null
     */
    public DisplayOptions target(String id) {
        if (id == null) {
            throw new IllegalArgumentException("a display target id must not be null");
        }
        targetId = id.startsWith("#") ? id.substring(1) : id;
        targetElement = null;
        return this;
    }

    /**
     * Writes into {@code element}; when it is a Java script element, into its output element.
     *
     * @throws IllegalArgumentException if {@code element} is null
     */
    public DisplayOptions target(Element element) {
        if (element == null) {
            throw new IllegalArgumentException("a display target element must not be null");
        }
        targetElement = element;
        targetId = null;
        return this;
    }

    /**
     * Writes into the page element {@code element} stands for.
     *
     * @throws IllegalArgumentException if {@code element} is null
     */
    public DisplayOptions target(io.github.pekoe.web.Element element) {
        if (element == null) {
            throw new IllegalArgumentException("a display target element must not be null");
        }
        return target(element.dom());
    }

    /** Appends ({@code true}, the default: each value in its own {@code <div>}) or replaces the content. */
    public DisplayOptions append(boolean append) {
        this.append = append;
        return this;
    }

    /** The target id, or null for an element target or the current script's output. */
    public @Nullable String targetId() {
        return targetId;
    }

    /** The target element, or null. */
    public @Nullable Element targetElement() {
        return targetElement;
    }

    /** Whether output is appended (each value in its own {@code <div>}) rather than replacing. */
    public boolean isAppend() {
        return append;
    }
}
