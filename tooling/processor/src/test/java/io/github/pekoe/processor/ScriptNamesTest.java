package io.github.pekoe.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"greeter", "Greeter2", "my-script", "my_script", "v1.2", "games/snake", "a",
        "ABCxyz019-_./"})
    void acceptsLettersDigitsDashUnderscoreDotAndSlash(String name) {
        assertNull(ScriptNames.problem(name), name);
    }

    @Test
    void rejectsNullAsEmpty() {
        assertEquals("a script name must not be empty", ScriptNames.problem(null));
    }

    @Test
    void rejectsTheEmptyName() {
        assertEquals("a script name must not be empty", ScriptNames.problem(""));
    }

    @Test
    void rejectsASpaceNamingTheCharacter() {
        assertEquals("the script name 'a b' has the character ' '; use letters, digits, '-', '_', '.' and '/'",
                ScriptNames.problem("a b"));
    }

    @Test
    void namesTheFirstBadCharacter() {
        assertEquals("the script name 'x?y#z' has the character '?'; use letters, digits, '-', '_', '.' and '/'",
                ScriptNames.problem("x?y#z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "tab\there", "quote\"", "back\\slash", "caf\u00e9", "colon:x", "plus+", "a,b",
        "line\nbreak", "\u0660"})
    void rejectsOtherCharacters(String name) {
        String problem = ScriptNames.problem(name);
        assertEquals(true, problem != null && problem.startsWith("the script name '" + name + "' has the character '"),
                String.valueOf(problem));
    }
}
