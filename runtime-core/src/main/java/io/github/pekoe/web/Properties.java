package io.github.pekoe.web;

import io.github.pekoe.internal.check.Arguments;

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
        return element.ops().property(element.dom(), checked(element, name));
    }

    /** Sets the property {@code name} of {@code element} to the JavaScript form of {@code value}. */
    static void set(Element element, String name, Object value) {
        if (PropertyNames.isAttribute(named(name))) {
            element.attr(name, value == null ? null : String.valueOf(value));
            return;
        }
        element.ops().property(element.dom(), checked(element, name), value);
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
                || element.ops().hasProperty(element.dom(), property)) {
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

    private static String commas(String names) {
        return WordList.join(names, ", ");
    }
}
