package io.github.pekoe.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a page test (a method, or every method of a class) expects error banners or page
 * errors, so they do not fail it. Without it, a {@link BothLanes} or {@link ChromiumOnly} test fails
 * at its end when a page it opened shows a Pekoe error banner ({@code .java-error}) or raised an
 * uncaught JavaScript error, unless the test read them itself through {@link BrowserPage#banners()}
 * or {@link BrowserPage#pageErrors()} (then they are the test's to assert).
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExpectPageErrors {
}
