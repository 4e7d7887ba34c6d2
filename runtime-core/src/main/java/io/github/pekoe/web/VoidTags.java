package io.github.pekoe.web;

/** The HTML elements that cannot have children ("void elements"). Pure: no DOM. */
final class VoidTags {
    private static final String VOID = "area base br col embed hr img input link meta param source track wbr";

    private VoidTags() {
    }

    /** Tells whether {@code tag} (lower case) names a void element. */
    static boolean isVoid(String tag) {
        return WordList.contains(VOID, tag);
    }
}
