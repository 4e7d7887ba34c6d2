package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A measurement within a known range, {@code <meter>}. */
public final class MeterElement extends TypedElement<MeterElement> {
    /** Creates a new, empty {@code <meter>}; the factory {@code Web.meter(...)} is the usual way. */
    public MeterElement() {
        super("meter");
    }

    /**
     * Views an existing {@code <meter>}: {@code page.get("id").as(MeterElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public MeterElement(HTMLElement dom) {
        super(dom, "meter");
    }

    @Override
    protected MeterElement rewrap(HTMLElement copy) {
        return new MeterElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "value min max low high optimum";
    }

    /** The measured value. */
    public double value() {
        return number("value");
    }

    /** Sets the measured value. */
    public MeterElement value(double value) {
        return number("value", value);
    }

    /** The lower bound of the range. */
    public double min() {
        return number("min");
    }

    /** Sets the lower bound of the range. */
    public MeterElement min(double min) {
        return number("min", min);
    }

    /** The upper bound of the range. */
    public double max() {
        return number("max");
    }

    /** Sets the upper bound of the range. */
    public MeterElement max(double max) {
        return number("max", max);
    }

    /** The upper bound of the low part of the range. */
    public double low() {
        return number("low");
    }

    /** Sets the upper bound of the low part of the range. */
    public MeterElement low(double low) {
        return number("low", low);
    }

    /** The lower bound of the high part of the range. */
    public double high() {
        return number("high");
    }

    /** Sets the lower bound of the high part of the range. */
    public MeterElement high(double high) {
        return number("high", high);
    }

    /** The optimal value. */
    public double optimum() {
        return number("optimum");
    }

    /** Sets the optimal value. */
    public MeterElement optimum(double optimum) {
        return number("optimum", optimum);
    }
}
