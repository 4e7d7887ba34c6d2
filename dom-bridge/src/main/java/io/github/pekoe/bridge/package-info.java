/**
 * Browser bindings that TeaVM's JSO APIs lack (console, custom events, ranges, property access on
 * plain JavaScript objects), declared in JSO style so they cost nothing at run time.
 */
package io.github.pekoe.bridge;
