/**
 * Code that runs inside the TeaVM compiler, not in the page: the plugin that makes a Pekoe bundle
 * start itself, so a page needs no inline script and no {@code onload="main()"}.
 */
package io.github.pekoe.teavm;
