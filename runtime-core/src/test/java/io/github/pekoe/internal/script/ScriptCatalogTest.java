package io.github.pekoe.internal.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.SimpleHandler;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptCatalogTest {

    private static final SimpleHandler NOTHING = () -> {
    };

    @Test
    void hasAPublicNoArgumentConstructorForProvidersAndTests() throws Exception {
        Constructor<ScriptCatalog> constructor = ScriptCatalog.class.getConstructor();
        assertTrue(Modifier.isPublic(constructor.getModifiers()));
    }

    @Test
    void newCatalogIsEmpty() {
        ScriptCatalog catalog = new ScriptCatalog();
        assertEquals("", catalog.joinedNames());
        assertNull(catalog.find("anything"));
    }

    @Test
    void findReturnsTheBodyAddedUnderThatName() throws Exception {
        ScriptCatalog catalog = new ScriptCatalog();
        List<String> ran = new ArrayList<>();
        SimpleHandler greeter = () -> ran.add("greeter");
        catalog.add("greeter", greeter);

        assertSame(greeter, catalog.find("greeter"));
        catalog.find("greeter").handle();
        assertEquals(List.of("greeter"), ran);
    }

    @Test
    void findIsExactAndReturnsNullForUnknownNames() {
        ScriptCatalog catalog = new ScriptCatalog();
        catalog.add("Greeter", NOTHING);
        assertNull(catalog.find("greeter"));
        assertNull(catalog.find("Greeter "));
        assertNull(catalog.find(""));
        assertNull(catalog.find(null));
    }

    @Test
    void namesKeepTheOrderTheyWereRegisteredInPastTheFirstFour() {
        ScriptCatalog catalog = new ScriptCatalog();
        List<String> registered = List.of("zeta", "alpha", "more/one", "more-two", "Beta", "alpha.v2", "10");
        for (String name : registered) {
            catalog.add(name, NOTHING);
        }
        assertEquals(String.join(", ", registered), catalog.joinedNames());
    }

    @Test
    void addRejectsAnEmptyName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScriptCatalog().add("", NOTHING));
        assertEquals("a script name must not be empty", e.getMessage());
    }

    @Test
    void addRejectsABlankName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScriptCatalog().add(" \t ", NOTHING));
        assertEquals("a script name must not be empty", e.getMessage());
    }

    @Test
    void addRejectsANullName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScriptCatalog().add(null, NOTHING));
        assertEquals("a script name must not be empty", e.getMessage());
    }

    @Test
    void addRejectsANullBodyNamingTheScript() {
        ScriptCatalog catalog = new ScriptCatalog();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.add("greeter", null));
        assertEquals("script 'greeter' has no body", e.getMessage());
        assertEquals("", catalog.joinedNames());
    }

    @Test
    void addRejectsADuplicateNameAndKeepsTheFirstBody() {
        ScriptCatalog catalog = new ScriptCatalog();
        SimpleHandler first = () -> {
        };
        catalog.add("greeter", first);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> catalog.add("greeter", NOTHING));
        assertEquals("a script named 'greeter' is already registered", e.getMessage());
        assertSame(first, catalog.find("greeter"));
        assertEquals("greeter", catalog.joinedNames());
    }

    @Test
    void catalogsAreIndependent() {
        ScriptCatalog one = new ScriptCatalog();
        ScriptCatalog two = new ScriptCatalog();
        one.add("x", NOTHING);
        two.add("x", NOTHING);
        assertEquals("x", one.joinedNames());
        assertEquals("x", two.joinedNames());
    }

    @Test
    void bodyExceptionsReachTheCaller() {
        ScriptCatalog catalog = new ScriptCatalog();
        catalog.add("fails", () -> {
            throw new java.io.IOException("no network");
        });
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> catalog.find("fails").handle());
        assertEquals("no network", e.getMessage());
    }

    @Test
    void providerRegistersIntoTheGivenCatalog() {
        ScriptProvider provider = catalog -> {
            catalog.add("b", NOTHING);
            catalog.add("a", NOTHING);
        };
        ScriptCatalog catalog = new ScriptCatalog();
        provider.registerScripts(catalog);
        assertEquals("b, a", catalog.joinedNames());
    }

    @Test
    void sharedReturnsTheSameCatalogEveryTime() {
        ScriptCatalog shared = ScriptCatalog.shared();
        assertNotNull(shared);
        assertSame(shared, ScriptCatalog.shared());
    }
}
