package io.github.pekoe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSS property names in either spelling, and the CSS name they become. */
class StyleNamesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "backgroundColor, background-color", "background-color, background-color", "color, color",
        "fontSize, font-size", "borderTopLeftRadius, border-top-left-radius", "gridTemplateColumns, grid-template-columns",
        "cssFloat, float", "float, float", "webkitTransform, -webkit-transform", "mozAppearance, -moz-appearance",
        "msFlex, -ms-flex", "webkit, webkit", "msx, msx", "--gap, --gap", "--myColor, --myColor",
        "-webkit-transform, -webkit-transform", "zIndex, z-index", "'', ''"})
    void becomesTheCssName(String written, String css) {
        assertEquals(css, StyleNames.toCss(written));
    }
}
