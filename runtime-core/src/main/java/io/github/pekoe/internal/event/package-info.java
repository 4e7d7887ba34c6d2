/**
 * Internal, not API: the one machinery behind every handler: {@code py-*}/{@code java-*} attributes,
 * {@code @When}, {@code when(...)} and {@code Element.on(...)} all bind through it, and each handler runs
 * on a thread of its own started inside the browser's dispatch, so it may block (sleep, fetch) yet
 * still call {@code preventDefault()} in time, and its exceptions become banners. Any release may change it.
 */
package io.github.pekoe.internal.event;
