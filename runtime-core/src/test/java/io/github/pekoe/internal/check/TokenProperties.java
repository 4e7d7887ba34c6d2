package io.github.pekoe.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The HTTP token rule (header names, methods, WebSocket subprotocols) on generated names: a name is a
 * token exactly when it is not empty and every character is a letter, a digit or one of RFC 9110's
 * {@code tchar} symbols, as its grammar says.
 */
class TokenProperties {
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    @Property(tries = 3000)
    void aNameIsATokenExactlyWhenTheGrammarSaysSo(@ForAll("names") String name) {
        assertEquals(TOKEN.matcher(name).matches(), Arguments.isToken(name), () -> "'" + name + "'");
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(Arbitraries.strings().ascii().ofMaxLength(8),
                Arbitraries.strings().withChars("abcXYZ09" + Arguments.TOKEN_SYMBOLS).ofMaxLength(8),
                Arbitraries.strings().ofMaxLength(4));
    }
}
