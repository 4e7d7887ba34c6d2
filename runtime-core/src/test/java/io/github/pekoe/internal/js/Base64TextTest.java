package io.github.pekoe.internal.js;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Base64TextTest {
    private static String encode(String text) {
        return Base64Text.encode(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void rfc4648TestVectors() {
        assertEquals("", encode(""));
        assertEquals("Zg==", encode("f"));
        assertEquals("Zm8=", encode("fo"));
        assertEquals("Zm9v", encode("foo"));
        assertEquals("Zm9vYg==", encode("foob"));
        assertEquals("Zm9vYmE=", encode("fooba"));
        assertEquals("Zm9vYmFy", encode("foobar"));
    }

    @Test
    void everyByteValueAndLengthAgreesWithTheJdk() {
        Random random = new Random(42);
        for (int length = 0; length < 300; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertEquals(Base64.getEncoder().encodeToString(bytes), Base64Text.encode(bytes), "length " + length);
        }
    }
}
