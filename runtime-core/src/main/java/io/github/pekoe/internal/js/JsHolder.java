package io.github.pekoe.internal.js;

import org.teavm.jso.JSObject;

/**
 * A Java object that stands for one JavaScript value, such as a dynamic value or a Java callback's
 * function: {@code Ffi.toJs} and the dynamic value's arguments pass its value.
 */
public interface JsHolder {
    /** Returns the JavaScript value this object stands for. */
    JSObject js();
}
