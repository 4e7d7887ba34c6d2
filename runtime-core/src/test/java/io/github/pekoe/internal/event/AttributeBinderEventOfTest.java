package io.github.pekoe.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link AttributeBinder#eventOf}: which attributes bind which event. */
class AttributeBinderEventOfTest {

    @ParameterizedTest(name = "{0} binds {1}")
    @CsvSource({
        "py-click, click",
        "java-click, click",
        "java-my-event, my-event",
        "py-my-event, my-event",
        "py-x, x",
        "java-x, x",
        "py-py-click, py-click",
        "java-java-, java-",
        "py-keyup, keyup",
        "java-DOMContentLoaded, DOMContentLoaded"})
    void prefixedAttributeNamesTheEventAfterThePrefix(String attribute, String event) {
        assertEquals(event, AttributeBinder.eventOf(attribute));
    }

    @ParameterizedTest(name = "{0} binds nothing")
    @ValueSource(strings = {"py-", "java-", "data-x", "python-x", "javascript-x", "py", "java", "pyclick",
        "javaclick", "onclick", "class", "", "-py-click", " py-click", "xpy-click", "PY-click", "Java-click"})
    void otherAttributesBindNoEvent(String attribute) {
        assertNull(AttributeBinder.eventOf(attribute));
    }
}
