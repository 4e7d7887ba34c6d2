package io.github.pekoe.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import io.github.pekoe.testing.internal.LaneExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs a page test method {@code (Lane lane)} once in HtmlUnit and once in Chromium (skipped where no
 * Chromium is installed, unless {@code pekoe.testing.requireChromium=true}). Use it whenever the page
 * works in HtmlUnit (DOM, events, XMLHttpRequest, localStorage, WebSocket); use {@link ChromiumOnly}
 * for what HtmlUnit lacks (fetch, IndexedDB, ES modules, Wasm). The test fails at its end when a page
 * it opened showed an error banner or a page error it did not expect (see {@link ExpectPageErrors}).
 */
@Documented
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(Lane.class)
@ExtendWith(LaneExtension.class)
public @interface BothLanes {
}
