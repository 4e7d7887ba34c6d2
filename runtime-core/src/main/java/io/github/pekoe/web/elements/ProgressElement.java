package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** The progress of a task, {@code <progress>}. */
public final class ProgressElement extends TypedElement<ProgressElement> {
    /** Creates a new, empty {@code <progress>}; the factory {@code Web.progress(...)} is the usual way. */
    public ProgressElement() {
        super("progress");
    }

    /**
     * Views an existing {@code <progress>}: {@code page.get("id").as(ProgressElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public ProgressElement(HTMLElement dom) {
        super(dom, "progress");
    }

    @Override
    protected ProgressElement rewrap(HTMLElement copy) {
        return new ProgressElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "value max";
    }

    /** How much of the task is done. */
    public double value() {
        return number("value");
    }

    /** Sets how much of the task is done. */
    public ProgressElement value(double value) {
        return number("value", value);
    }

    /** How much work the task needs. */
    public double max() {
        return number("max");
    }

    /** Sets how much work the task needs. */
    public ProgressElement max(double max) {
        return number("max", max);
    }
}
