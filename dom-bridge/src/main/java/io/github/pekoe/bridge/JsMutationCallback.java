package io.github.pekoe.bridge;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;

/**
 * The callback of the browser's {@code MutationObserver} (which teavm-jso-apis does not declare):
 * {@code new MutationObserver(callback)}. The observer itself is started where its options literal is
 * written, which costs less in a bundle than a declared options type.
 */
@JSFunctor
public interface JsMutationCallback extends JSObject {
    /** Called with the changes since the last call, in order. */
    void changed(JSArrayReader<JsMutationRecord> records);
}
