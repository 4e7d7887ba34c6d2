package io.github.pekoe.internal.error;

/**
 * The hook through which a development build shows Java frames in banners. As written it returns a
 * JavaScript stack unchanged, and TeaVM inlines it to nothing. In a build that writes a source map
 * or debug information ({@code sourceMapsGenerated} or {@code debugInformationGenerated}), Pekoe's
 * compiler plugin ({@code io.github.pekoe.teavm.JavaFramesPlugin}) makes it call
 * {@link SourceMapFrames#rewrite}, so only such builds carry the source map reader.
 */
final class JavaFrames {
    private JavaFrames() {
    }

    /** Returns {@code jsStack}, its frames as Java frames where the build can tell them. */
    static String of(String jsStack) {
        return jsStack;
    }
}
