/**
 * Internal, not API: the machinery behind {@code io.github.pekoe.ffi.JsValue} and
 * {@code io.github.pekoe.ffi.JsCallback}: JavaScript property reads, writes, calls and constructions
 * that hand back what the browser threw instead of throwing it, and the JavaScript functions that call
 * Java on a handler thread. Any release may change it.
 */
package io.github.pekoe.internal.interop;
