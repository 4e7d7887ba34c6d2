package io.github.pekoe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of tag factories, read by reflection: one public static factory per element of
 * PyScript's reference list, each returning an Element, and {@code props} keeping the order given.
 */
class WebFactoriesTest {
    /** pyscript-builtin-apis, pyscript.web.elements, with Python's trailing underscores dropped. */
    private static final String REFERENCE = "grid a abbr address area article aside audio b base blockquote body br"
            + " button canvas caption cite code col colgroup data datalist dd del details dialog div dl dt em embed"
            + " fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input"
            + " ins kbd label legend li link main map mark menu meta meter nav object ol optgroup option output p param"
            + " picture pre progress q s script section select small source span strong style sub summary sup table"
            + " tbody td template textarea tfoot th thead time title tr track u ul var video wbr";

    @Test
    void everyReferenceElementHasAFactoryThroughWeb() {
        List<String> missing = new ArrayList<>();
        for (String tag : REFERENCE.split(" ")) {
            Method factory = factory(tag);
            if (factory == null) {
                missing.add(tag);
                continue;
            }
            assertTrue(Modifier.isStatic(factory.getModifiers()), tag);
            assertTrue(Element.class.isAssignableFrom(factory.getReturnType()), tag + " returns an Element");
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void webHasNoOtherFactories() {
        TreeSet<String> names = new TreeSet<>();
        for (Method method : Web.class.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) && Element.class.isAssignableFrom(method.getReturnType())) {
                names.add(method.getName());
            }
        }
        assertEquals(new TreeSet<>(List.of(REFERENCE.split(" "))), names);
    }

    @Test
    void propsKeepTheOrderGiven() {
        Map<String, Object> properties = Web.props("type", "range", "value", 3, "min", 0, "id", "x");
        assertEquals(List.of("type", "value", "min", "id"), new ArrayList<>(properties.keySet()));
        assertEquals(3, properties.get("value"));
        IllegalArgumentException odd = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Web.props("id", "x", "title"));
        assertEquals("props(...) takes name, value pairs; got 3 arguments", odd.getMessage());
    }

    private static Method factory(String tag) {
        for (Method method : Web.class.getMethods()) {
            if (method.getName().equals(tag)) {
                return method;
            }
        }
        return null;
    }
}
