package io.github.pekoe.web;

import io.github.pekoe.web.elements.DetailsElement;
import io.github.pekoe.web.elements.DialogElement;
import io.github.pekoe.web.elements.TemplateElement;

/**
 * Tag factories for interactive elements and web components (MDN).
 * Each takes content as {@link Element#with} does: children, and maps of properties. Use them
 * through {@link Web}.
 */
class InteractiveTags extends FormTags {
    InteractiveTags() {
    }

    /** A new {@code <details>}: a disclosure widget. */
    public static DetailsElement details(Object... content) {
        return new DetailsElement().with(content);
    }

    /** A new {@code <dialog>}: a dialog box. */
    public static DialogElement dialog(Object... content) {
        return new DialogElement().with(content);
    }

    /** A new {@code <summary>}: the summary of a {@code <details>}. */
    public static Element summary(Object... content) {
        return Element.create("summary", content);
    }

    /** A new {@code <template>}: content that is not rendered. */
    public static TemplateElement template(Object... content) {
        return new TemplateElement().with(content);
    }
}
