package io.github.pekoe.internal.display;

/**
 * Where {@code display()} asks for a collection's, map's or array's text. On the JVM it is
 * {@link CollectionText#of}; in a JavaScript bundle Pekoe's compiler plugin rewrites {@link #text}
 * to call it only when the bundle can pass such a value to {@code display()}, and to return null
 * otherwise, so a page that never shows one carries none of that code.
 */
final class CollectionHook {
    private CollectionHook() {
    }

    /** The text of {@code value} when it is a collection, map or array; null otherwise, or when the bundle left the rules out. */
    static String text(Object value) {
        return CollectionText.of(value);
    }
}
