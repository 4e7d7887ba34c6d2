/**
 * JSO declarations of the browser's Fetch API, which teavm-jso-apis lacks: the global
 * {@code fetch}, its {@code Response}, {@code Headers}, request options and
 * {@code AbortController}. Declarations only, so they cost nothing at run time; Pekoe's
 * {@code io.github.pekoe.fetch} builds the blocking Java API on them.
 */
package io.github.pekoe.bridge.fetch;
