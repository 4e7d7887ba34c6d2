/**
 * Events: handlers named by {@code py-*}/{@code java-*} attributes or bound with {@code when(...)},
 * PyScript's custom {@link io.github.pekoe.event.Event}, and the threads handlers run on, which let a
 * handler block (sleep, fetch) yet still call {@code preventDefault()} in time.
 */
package io.github.pekoe.event;
