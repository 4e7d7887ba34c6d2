/**
 * Compile-time checks for Pekoe's small string machinery: which format strings the page's small
 * formatter writes exactly as Java does ({@link io.github.pekoe.teavm.text.FormatCheck}), and which
 * Java regular expressions the browser's {@code RegExp} runs with the same meaning
 * ({@link io.github.pekoe.teavm.text.RegexTranslator}). Runs in the TeaVM compiler, never in a page.
 */
package io.github.pekoe.teavm.text;
