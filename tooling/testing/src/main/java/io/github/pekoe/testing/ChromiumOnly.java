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
 * Runs a page test method {@code (Lane lane)} in Chromium only: for features HtmlUnit lacks (fetch,
 * IndexedDB, ES modules, Wasm). Skipped where no Chromium is installed, unless
 * {@code pekoe.testing.requireChromium=true}. Prefer {@link BothLanes} otherwise.
 */
@Documented
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(value = Lane.class, names = "CHROMIUM")
@ExtendWith(LaneExtension.class)
public @interface ChromiumOnly {
}
