package io.github.pekoe.web;

import io.github.pekoe.web.elements.AreaElement;
import io.github.pekoe.web.elements.AudioElement;
import io.github.pekoe.web.elements.CanvasElement;
import io.github.pekoe.web.elements.EmbedElement;
import io.github.pekoe.web.elements.IFrameElement;
import io.github.pekoe.web.elements.ImageElement;
import io.github.pekoe.web.elements.MapElement;
import io.github.pekoe.web.elements.ObjectElement;
import io.github.pekoe.web.elements.ParamElement;
import io.github.pekoe.web.elements.ScriptElement;
import io.github.pekoe.web.elements.SourceElement;
import io.github.pekoe.web.elements.TrackElement;
import io.github.pekoe.web.elements.VideoElement;

/**
 * Tag factories for images, multimedia, embedded content and scripting (MDN).
 * Each takes content as {@link Element#with} does: children, and maps of properties. Use them
 * through {@link Web}.
 */
class MediaTags extends InlineTags {
    MediaTags() {
    }

    /** A new {@code <area>}: a clickable area of an image map; it takes no children. */
    public static AreaElement area(Object... content) {
        return new AreaElement().with(content);
    }

    /** A new {@code <audio>}: sound. */
    public static AudioElement audio(Object... content) {
        return new AudioElement().with(content);
    }

    /** A new {@code <img>}: an image; it takes no children. */
    public static ImageElement img(Object... content) {
        return new ImageElement().with(content);
    }

    /** A new {@code <map>}: an image map. */
    public static MapElement map(Object... content) {
        return new MapElement().with(content);
    }

    /** A new {@code <track>}: a timed text track; it takes no children. */
    public static TrackElement track(Object... content) {
        return new TrackElement().with(content);
    }

    /** A new {@code <video>}: a video. */
    public static VideoElement video(Object... content) {
        return new VideoElement().with(content);
    }

    /** A new {@code <embed>}: external content; it takes no children. */
    public static EmbedElement embed(Object... content) {
        return new EmbedElement().with(content);
    }

    /** A new {@code <iframe>}: a nested page. */
    public static IFrameElement iframe(Object... content) {
        return new IFrameElement().with(content);
    }

    /** A new {@code <object>}: external content. */
    public static ObjectElement object(Object... content) {
        return new ObjectElement().with(content);
    }

    /**
     * A new {@code <param>}: a parameter of an {@code <object>} (obsolete; kept for PyScript parity); it takes no
     * children.
     */
    public static ParamElement param(Object... content) {
        return new ParamElement().with(content);
    }

    /** A new {@code <picture>}: an image with several sources. */
    public static Element picture(Object... content) {
        return Element.create("picture", content);
    }

    /** A new {@code <source>}: a source of a picture or medium; it takes no children. */
    public static SourceElement source(Object... content) {
        return new SourceElement().with(content);
    }

    /** A new {@code <canvas>}: a drawing surface. */
    public static CanvasElement canvas(Object... content) {
        return new CanvasElement().with(content);
    }

    /** A new {@code <script>}: a script. */
    public static ScriptElement script(Object... content) {
        return new ScriptElement().with(content);
    }
}
