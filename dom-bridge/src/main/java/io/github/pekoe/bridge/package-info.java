/**
 * Declarations of the browser APIs that TeaVM's JSO APIs lack or declare in part: the console,
 * document ranges, mutation records, text encoding, and the {@code Element}, {@code Event} and
 * {@code ParentNode} methods TeaVM omits; {@code fetch} and IndexedDB are in the subpackages.
 * Declared in JSO style ({@code @JSClass}, {@code @JSProperty}, {@code @JSTopLevel}) so they cost
 * nothing at run time; {@code @JSBody} only where a declaration cannot say it as cheaply (the
 * options literal of a {@code CustomEvent}, the closure that lists headers). No Pekoe logic.
 */
package io.github.pekoe.bridge;
