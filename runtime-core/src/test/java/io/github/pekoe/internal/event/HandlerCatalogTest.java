package io.github.pekoe.internal.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.EventHandler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link HandlerCatalog}: registration, look-up, order, and rejected registrations. */
class HandlerCatalogTest {

    private static final EventHandler NOTHING = event -> { };

    @Test
    void newCatalogIsEmpty() {
        HandlerCatalog catalog = new HandlerCatalog();
        assertEquals(List.of(), catalog.names());
        assertNull(catalog.find("anything"));
        assertEquals(0, catalog.whenCount());
    }

    @Test
    void addedHandlerIsFoundByItsName() {
        HandlerCatalog catalog = new HandlerCatalog();
        EventHandler save = event -> { };
        catalog.add("save", save);
        assertSame(save, catalog.find("save"));
    }

    @Test
    void findOfAnUnknownNameReturnsNull() {
        HandlerCatalog catalog = new HandlerCatalog();
        catalog.add("save", NOTHING);
        assertNull(catalog.find("load"));
        assertNull(catalog.find("Save"));
        assertNull(catalog.find(null));
    }

    @Test
    void foundHandlerRunsWhatWasRegistered() throws Exception {
        HandlerCatalog catalog = new HandlerCatalog();
        List<String> calls = new ArrayList<>();
        catalog.add("log", event -> calls.add("log:" + event));
        catalog.find("log").handle(null);
        assertEquals(List.of("log:null"), calls);
    }

    @Test
    void namesAreInRegistrationOrder() {
        HandlerCatalog catalog = new HandlerCatalog();
        catalog.add("zeta", NOTHING);
        catalog.add("alpha", NOTHING);
        catalog.add("mid-dle", NOTHING);
        assertEquals(List.of("zeta", "alpha", "mid-dle"), catalog.names());
    }

    @Test
    void namesIsACopyTheCallerCannotUseToChangeTheCatalog() {
        HandlerCatalog catalog = new HandlerCatalog();
        catalog.add("a", NOTHING);
        List<String> names = catalog.names();
        names.add("b");
        names.remove("a");
        assertEquals(List.of("a"), catalog.names());
        assertNotNull(catalog.find("a"));
        assertNull(catalog.find("b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "  \n "})
    void emptyOrBlankNameIsRejected(String name) {
        HandlerCatalog catalog = new HandlerCatalog();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.add(name, NOTHING));
        assertEquals("a handler name must not be empty", e.getMessage());
        assertEquals(List.of(), catalog.names());
    }

    @Test
    void nullNameIsRejected() {
        HandlerCatalog catalog = new HandlerCatalog();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.add(null, NOTHING));
        assertEquals("a handler name must not be empty", e.getMessage());
    }

    @Test
    void nullHandlerIsRejectedWithItsName() {
        HandlerCatalog catalog = new HandlerCatalog();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.add("save", null));
        assertEquals("handler 'save' is null", e.getMessage());
        assertNull(catalog.find("save"));
        assertEquals(List.of(), catalog.names());
    }

    @Test
    void duplicateNameIsRejectedAndTheFirstHandlerKept() {
        HandlerCatalog catalog = new HandlerCatalog();
        EventHandler first = event -> { };
        EventHandler second = event -> { };
        catalog.add("save", first);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.add("save", second));

        assertEquals("a handler named 'save' is already registered", e.getMessage());
        assertSame(first, catalog.find("save"));
        assertEquals(List.of("save"), catalog.names());
    }

    @Test
    void sameHandlerUnderTwoNamesIsAllowed() {
        HandlerCatalog catalog = new HandlerCatalog();
        catalog.add("one", NOTHING);
        catalog.add("two", NOTHING);
        assertSame(catalog.find("one"), catalog.find("two"));
    }

    @Test
    void namesAreCaseSensitive() {
        HandlerCatalog catalog = new HandlerCatalog();
        EventHandler lower = event -> { };
        EventHandler upper = event -> { };
        catalog.add("save", lower);
        catalog.add("Save", upper);
        assertSame(lower, catalog.find("save"));
        assertSame(upper, catalog.find("Save"));
    }

    @Test
    void catalogsAreIndependent() {
        HandlerCatalog one = new HandlerCatalog();
        HandlerCatalog two = new HandlerCatalog();
        one.add("only-in-one", NOTHING);
        assertNull(two.find("only-in-one"));
        two.add("only-in-one", NOTHING);
        assertEquals(List.of("only-in-one"), two.names());
    }

    @Test
    void whenBindingsAreKeptInOrderWithTheirHandlers() {
        HandlerCatalog catalog = new HandlerCatalog();
        EventHandler click = event -> { };
        EventHandler key = event -> { };
        catalog.when("click", "#b", click);
        catalog.when("keyup", "input", key);

        assertEquals(2, catalog.whenCount());
        assertEquals("click", catalog.whenEvent(0));
        assertEquals("#b", catalog.whenSelector(0));
        assertSame(click, catalog.whenHandler(0));
        assertEquals("keyup", catalog.whenEvent(1));
        assertEquals("input", catalog.whenSelector(1));
        assertSame(key, catalog.whenHandler(1));
        assertEquals(List.of(), catalog.names());
    }

    @Test
    void sameBindingTwiceIsKeptTwice() {
        HandlerCatalog catalog = new HandlerCatalog();
        catalog.when("click", "#b", NOTHING);
        catalog.when("click", "#b", NOTHING);
        assertEquals(2, catalog.whenCount());
    }

    @Test
    void sharedCatalogIsASingletonAndAcceptsUniquelyNamedHandlers() {
        HandlerCatalog shared = HandlerCatalog.shared();
        assertSame(shared, HandlerCatalog.shared());
        String name = "handler-catalog-test-" + System.nanoTime();
        shared.add(name, NOTHING);
        assertSame(NOTHING, HandlerCatalog.shared().find(name));
        assertTrue(shared.names().contains(name));
        assertThrows(IllegalArgumentException.class, () -> shared.add(name, NOTHING));
    }
}
