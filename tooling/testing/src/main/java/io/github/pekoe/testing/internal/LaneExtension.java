package io.github.pekoe.testing.internal;

import io.github.pekoe.testing.ExpectPageErrors;
import io.github.pekoe.testing.Lane;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@code BothLanes} and {@code ChromiumOnly}: hands the shared site and browser
 * to JUnit's root store (closed when the run ends), skips (or fails, when required) the Chromium lane
 * where no Chromium is installed, and fails a test at its end when a page it opened showed an error
 * banner or a page error that it neither read nor declared with {@link ExpectPageErrors}.
 */
public final class LaneExtension implements BeforeEachCallback, AfterEachCallback, InvocationInterceptor {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LaneExtension.class);

    /** Registers the shared resources in the root store (once per run) and starts tracking pages. */
    @Override
    public void beforeEach(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedResources.class, key -> SharedResources.get(), SharedResources.class);
        TestPages.begin();
    }

    /** Runs a lane's invocation, unless it is Chromium's and no Chromium is installed. */
    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        if (invocationContext.getArguments().contains(Lane.CHROMIUM)) {
            try {
                ChromiumLocation.executable();
            } catch (RuntimeException e) {
                invocation.skip();
                throw e;
            }
        }
        invocation.proceed();
    }

    /** Closes the pages the test left open and fails it on problems it did not expect. */
    @Override
    public void afterEach(ExtensionContext context) {
        List<String> problems = TestPages.end();
        boolean expected = AnnotationSupport.isAnnotated(context.getTestMethod(), ExpectPageErrors.class)
                || AnnotationSupport.isAnnotated(context.getTestClass(), ExpectPageErrors.class);
        if (!problems.isEmpty() && !expected) {
            throw new AssertionError("the test's pages showed " + problems.size() + " error(s) it did not expect"
                    + " (read them with banners() or pageErrors(), or declare @ExpectPageErrors):\n  "
                    + String.join("\n  ", problems));
        }
    }
}
