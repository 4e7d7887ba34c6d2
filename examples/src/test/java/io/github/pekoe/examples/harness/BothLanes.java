package io.github.pekoe.examples.harness;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs a test method {@code (Lane lane)} once in HtmlUnit and once in Chromium. The default for
 * test pages: use it whenever the feature works in HtmlUnit (DOM, events, XMLHttpRequest,
 * localStorage, WebSocket); use {@link ChromiumOnly} for what HtmlUnit lacks (fetch, IndexedDB,
 * ES modules, Wasm) and for gallery pages.
 */
@Documented
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(Lane.class)
@ExtendWith(HarnessExtension.class)
public @interface BothLanes {
}
