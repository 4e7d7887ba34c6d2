package io.github.pekoe.examples.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pekoe.examples.harness.TestSite;
import io.github.pekoe.testing.BrowserPage;
import io.github.pekoe.testing.ChromiumOnly;
import io.github.pekoe.testing.Lane;
import java.util.List;

/**
 * Pekoe's Trusted Types policy when the page's policy refuses it: the name {@code pekoe} is already
 * taken, as by a second Pekoe bundle, and the header has no {@code 'allow-duplicates'}. Text still
 * works; the first markup call is a clear exception naming the header to send. Chromium only:
 * HtmlUnit has no Trusted Types.
 */
class TrustedTypesTest {

    @ChromiumOnly
    void aTakenPolicyNameIsAClearExceptionAtTheFirstMarkupAndTextStillWorks(Lane lane) {
        try (BrowserPage page = lane.load(TestSite.url("/test/trusted-types-taken.html"))) {
            page.waitForAllDone();
            assertEquals(List.of("text still works", "IllegalStateException: Failed to execute 'createPolicy' on"
                    + " 'TrustedTypePolicyFactory': Policy with name \"pekoe\" already exists. (Pekoe's markup needs"
                    + " Content-Security-Policy: trusted-types pekoe 'allow-duplicates')"),
                    page.texts("script-java > div"));
            assertEquals(0, page.count("#markup b"), "no markup went in");
            assertEquals(List.of(), page.banners());
        }
    }
}
