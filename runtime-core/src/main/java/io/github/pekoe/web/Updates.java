package io.github.pekoe.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The logic of {@link Element#update}: classes, then styles, then properties. */
final class Updates {
    private Updates() {
    }

    /** Adds {@code classes}, sets {@code style}, then sets {@code properties}; each may be null. */
    static void apply(Element element, Object classes, Map<String, ?> style, Map<String, ?> properties) {
        if (classes != null) {
            // Straight to classList.add, which ignores a class already there: no question asked of the
            // element first, so a worker's update is queued with the rest instead of waiting for a reply.
            for (String name : classNames(classes)) {
                element.ops().addClass(element.dom(), name);
            }
        }
        if (style != null) {
            // The primitive, not style(): a bundle that never reads a style carries no live style map.
            for (Map.Entry<String, ?> entry : style.entrySet()) {
                element.ops().style(element.dom(), StyleNames.toCss(entry.getKey()),
                        entry.getValue() == null ? null : String.valueOf(entry.getValue()));
            }
        }
        if (properties != null) {
            for (Map.Entry<String, ?> entry : properties.entrySet()) {
                element.prop(entry.getKey(), entry.getValue());
            }
        }
    }

    /** Applies a properties map whose keys {@code "classes"} and {@code "style"} (a map) are special. */
    @SuppressWarnings("unchecked")
    static void apply(Element element, Map<String, ?> properties) {
        if (properties == null) {
            return;
        }
        for (Map.Entry<String, ?> entry : properties.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if ("classes".equals(key)) {
                apply(element, value, null, null);
            } else if ("style".equals(key) && value instanceof Map) {
                apply(element, null, (Map<String, ?>) value, null);
            } else {
                element.prop(key, value);
            }
        }
    }

    /**
     * The class names in {@code classes}: a String split at spaces, or an Iterable or array of such Strings.
     *
     * @throws IllegalArgumentException for any other type
     */
    static List<String> classNames(Object classes) {
        if (classes instanceof String) {
            return ClassNames.split((String) classes);
        }
        List<String> names = new ArrayList<>();
        if (classes instanceof Iterable) {
            for (Object each : (Iterable<?>) classes) {
                names.addAll(classNames(each));
            }
        } else if (classes instanceof Object[]) {
            for (Object each : (Object[]) classes) {
                names.addAll(classNames(each));
            }
        } else {
            throw new IllegalArgumentException("classes are a String, or an Iterable or array of Strings, not "
                    + Children.describe(classes));
        }
        return names;
    }
}
