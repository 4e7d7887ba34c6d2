package io.github.pekoe.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Event attributes on generated names: {@code py-NAME} and {@code java-NAME} name the event NAME; nothing else names one. */
class EventNameProperties {
    @Property(tries = 2000)
    void aPrefixedAttributeNamesTheEventAfterItsPrefix(@ForAll("events") String event) {
        assertEquals(event, AttributeBinder.eventOf("py-" + event));
        assertEquals(event, AttributeBinder.eventOf("java-" + event));
    }

    @Property(tries = 2000)
    void anyOtherAttributeNamesNoEvent(@ForAll("attributes") String attribute) {
        assertNull(AttributeBinder.eventOf(attribute), attribute);
    }

    @Provide
    Arbitrary<String> events() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> attributes() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12), Arbitraries.of("py-", "java-", "py", "java", "pyclick"))
                .filter(a -> !(a.startsWith("py-") && a.length() > 3) && !(a.startsWith("java-") && a.length() > 5));
    }
}
