/**
 * Internal, not API: how Pekoe reports failures, a red {@code <div class="java-error">} banner at the
 * end of the body (unless the config turns banners off) and a line on {@code console.error}, never a
 * stopped page. Any release may change it.
 */
package io.github.pekoe.internal.error;
