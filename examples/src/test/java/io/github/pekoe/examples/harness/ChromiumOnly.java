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
 * Runs a test method {@code (Lane lane)} in Chromium only: for gallery pages (they carry no probe
 * script; only Chromium injects one) and for features HtmlUnit lacks (fetch, IndexedDB, ES modules,
 * Wasm). Prefer {@link BothLanes} otherwise.
 */
@Documented
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(value = Lane.class, names = "CHROMIUM")
@ExtendWith(HarnessExtension.class)
public @interface ChromiumOnly {
}
