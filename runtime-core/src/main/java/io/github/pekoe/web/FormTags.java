package io.github.pekoe.web;

import io.github.pekoe.web.elements.ButtonElement;
import io.github.pekoe.web.elements.DataListElement;
import io.github.pekoe.web.elements.FieldSetElement;
import io.github.pekoe.web.elements.FormElement;
import io.github.pekoe.web.elements.InputElement;
import io.github.pekoe.web.elements.LabelElement;
import io.github.pekoe.web.elements.MeterElement;
import io.github.pekoe.web.elements.OptGroupElement;
import io.github.pekoe.web.elements.OptionElement;
import io.github.pekoe.web.elements.OutputElement;
import io.github.pekoe.web.elements.ProgressElement;
import io.github.pekoe.web.elements.SelectElement;
import io.github.pekoe.web.elements.TextAreaElement;

/**
 * Tag factories for forms (MDN).
 * Each takes content as {@link Element#with} does: children, and maps of properties. Use them
 * through {@link Web}.
 */
class FormTags extends TableTags {
    FormTags() {
    }

    /** A new {@code <button>}: a button. */
    public static ButtonElement button(Object... content) {
        return new ButtonElement().with(content);
    }

    /** A new {@code <datalist>}: suggestions for an input; Strings and {@code Map.Entry} name and value options. */
    public static DataListElement datalist(Object... content) {
        return new DataListElement().with(content);
    }

    /** A new {@code <fieldset>}: a group of controls. */
    public static FieldSetElement fieldset(Object... content) {
        return new FieldSetElement().with(content);
    }

    /** A new {@code <form>}: a form. */
    public static FormElement form(Object... content) {
        return new FormElement().with(content);
    }

    /** A new {@code <input>}: a form control; give its {@code type} as a property; it takes no children. */
    public static InputElement input(Object... content) {
        return new InputElement().with(content);
    }

    /** A new {@code <label>}: the caption of a control. */
    public static LabelElement label(Object... content) {
        return new LabelElement().with(content);
    }

    /** A new {@code <legend>}: the caption of a fieldset. */
    public static Element legend(Object... content) {
        return Element.create("legend", content);
    }

    /** A new {@code <meter>}: a measurement within a range. */
    public static MeterElement meter(Object... content) {
        return new MeterElement().with(content);
    }

    /** A new {@code <optgroup>}: a group of options; Strings and {@code Map.Entry} name and value options. */
    public static OptGroupElement optgroup(Object... content) {
        return new OptGroupElement().with(content);
    }

    /** A new {@code <option>}: an option. */
    public static OptionElement option(Object... content) {
        return new OptionElement().with(content);
    }

    /** A new {@code <output>}: the result of a calculation. */
    public static OutputElement output(Object... content) {
        return new OutputElement().with(content);
    }

    /** A new {@code <progress>}: the progress of a task. */
    public static ProgressElement progress(Object... content) {
        return new ProgressElement().with(content);
    }

    /** A new {@code <select>}: a drop-down list; Strings and {@code Map.Entry} name and value options. */
    public static SelectElement select(Object... content) {
        return new SelectElement().with(content);
    }

    /** A new {@code <textarea>}: a multi-line text control. */
    public static TextAreaElement textarea(Object... content) {
        return new TextAreaElement().with(content);
    }
}
