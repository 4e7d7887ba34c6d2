package io.github.pekoe.web.elements;

import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.web.TypedElement;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/** A template whose content is not rendered, {@code <template>}. */
public final class TemplateElement extends TypedElement<TemplateElement> {
    /** Creates a new, empty {@code <template>}; the factory {@code Web.template(...)} is the usual way. */
    public TemplateElement() {
        super("template");
    }

    /**
     * Views an existing {@code <template>}: {@code page.get("id").as(TemplateElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public TemplateElement(HTMLElement dom) {
        super(dom, "template");
    }

    @Override
    protected TemplateElement rewrap(HTMLElement copy) {
        return new TemplateElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "";
    }

    /** The template's content, a {@code DocumentFragment} to clone. */
    public JSObject content() {
        return JsProperties.get(dom(), "content");
    }
}
