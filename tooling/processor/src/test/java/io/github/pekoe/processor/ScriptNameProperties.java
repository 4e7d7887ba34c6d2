package io.github.pekoe.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The script and handler name rule on generated names: letters, digits, '-', '_', '.' and '/' make a
 * name; any other character is refused naming the name and that character, the first one met.
 */
class ScriptNameProperties {
    private static final String ALLOWED = "abcxyzABCXYZ0189-_./";

    @Property(tries = 2000)
    void aNameOfAllowedCharactersIsValid(@ForAll("validNames") String name) {
        assertNull(ScriptNames.problem(name, "handler"));
    }

    @Property(tries = 2000)
    void aNameWithAnyOtherCharacterIsRefusedNamingTheFirst(@ForAll("validNames") String before,
            @ForAll("otherCharacters") char bad, @ForAll String after) {
        String name = before + bad + after;
        assertEquals("the handler name '" + name + "' has the character '" + bad
                + "'; use letters, digits, '-', '_', '.' and '/'", ScriptNames.problem(name, "handler"));
    }

    @Provide
    Arbitrary<String> validNames() {
        return Arbitraries.strings().withChars(ALLOWED).ofMinLength(1).ofMaxLength(12);
    }

    @Provide
    Arbitrary<Character> otherCharacters() {
        return Arbitraries.oneOf(Arbitraries.of(' ', ':', ';', '@', '#', '<', '>', '"', '\'', '\\', '\t', '\u00e9'),
                Arbitraries.chars()).filter(c -> !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '_' || c == '.' || c == '/'));
    }
}
