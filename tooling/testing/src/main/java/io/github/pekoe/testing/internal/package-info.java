/**
 * Internal, not API: the lanes' pages (HtmlUnit and Chromium behind one scripted page), the shared
 * browser and site, the site server's HTTP machinery and the extension behind the lane annotations.
 * Any release may change it; use {@link io.github.pekoe.testing} instead.
 */
package io.github.pekoe.testing.internal;
