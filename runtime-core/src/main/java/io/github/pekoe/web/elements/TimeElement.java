package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A date or time, {@code <time>}. */
public final class TimeElement extends TypedElement<TimeElement> {
    /** Creates a new, empty {@code <time>}; the factory {@code Web.time(...)} is the usual way. */
    public TimeElement() {
        super("time");
    }

    /**
     * Views an existing {@code <time>}: {@code page.get("id").as(TimeElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public TimeElement(HTMLElement dom) {
        super(dom, "time");
    }

    @Override
    protected TimeElement rewrap(HTMLElement copy) {
        return new TimeElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "dateTime";
    }

    /** The machine-readable date or time. */
    public String dateTime() {
        return string("dateTime");
    }

    /** Sets the machine-readable date or time. */
    public TimeElement dateTime(String dateTime) {
        return string("dateTime", dateTime);
    }
}
