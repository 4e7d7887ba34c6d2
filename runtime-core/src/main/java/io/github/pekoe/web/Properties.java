package io.github.pekoe.web;

import io.github.pekoe.ffi.Ffi;
import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.TrustedValues;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Reads and writes DOM properties by name for {@link Element#prop}: the name is normalised, then
 * checked against the element's typed properties and the DOM object itself, so that a misspelt name
 * fails loudly instead of creating a property nobody reads. A property is the element's own or one of
 * the DOM's element interfaces declares; methods ({@code click}, {@code constructor}) and what every
 * JavaScript object inherits ({@code toString}, {@code __proto__}) are none.
 */
final class Properties {
    private Properties() {
    }

    /** Returns the property {@code name} of {@code element} in its Java form. */
    static Object get(Element element, String name) {
        if (PropertyNames.isAttribute(named(name))) {
            return element.attr(name);
        }
        return Ffi.toJava(JsProperties.get(element.dom(), checked(element, name)));
    }

    /** Sets the property {@code name} of {@code element} to the JavaScript form of {@code value}. */
    static void set(Element element, String name, Object value) {
        if (PropertyNames.isAttribute(named(name))) {
            element.attr(name, value == null ? null : String.valueOf(value));
            return;
        }
        String property = checked(element, name);
        if (value instanceof String) {
            // Markup and script URLs by name go through the page's Trusted Types policy.
            TrustedValues.setString(element.dom(), property, (String) value);
            return;
        }
        JsProperties.setChecked(element.dom(), property, Ffi.toJs(value));
    }

    /**
     * Returns the DOM name of {@code name} (not null) when {@code element} has that property.
     *
     * @throws IllegalArgumentException naming the property, the tag and the known properties otherwise
     */
    static String checked(Element element, String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a property name is needed, not \"\"");
        }
        String property = PropertyNames.normalize(name);
        if (WordList.contains(element.knownProperties(), property)
                || WordList.contains(Element.GLOBAL_PROPERTIES, property)
                || isProperty(element.dom(), property)) {
            return property;
        }
        String own = element.knownProperties();
        throw new IllegalArgumentException("<" + element.tag() + "> has no property '" + name + "'; known properties: "
                + (own.isEmpty() ? "" : commas(own) + "; and on every element: ") + commas(Element.GLOBAL_PROPERTIES)
                + ". Use attr(name, value) for other attributes.");
    }

    private static String named(String name) {
        return Arguments.notNull(name, "prop: the name");
    }

    /**
     * Tells whether {@code object} has the property {@code name} of its own, or from a prototype below
     * {@code Object.prototype} where it is no method: what an element inherits from every object
     * ({@code toString}, {@code __proto__}) and its methods ({@code constructor}, {@code click}) are no
     * properties to read or set.
     */
    @JSBody(params = {"o", "k"}, script = "for (var p = o; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {"
            + " var d = Object.getOwnPropertyDescriptor(p, k);"
            + " if (d) { return p === o || typeof d.value !== 'function'; } } return false;")
    private static native boolean isProperty(JSObject o, String k);

    private static String commas(String names) {
        return WordList.join(names, ", ");
    }
}
