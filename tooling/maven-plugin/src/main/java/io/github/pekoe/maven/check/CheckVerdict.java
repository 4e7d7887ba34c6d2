package io.github.pekoe.maven.check;

import io.github.pekoe.pagecheck.Finding;
import io.github.pekoe.pagecheck.Severity;
import java.util.List;

/**
 * Whether a build with these findings fails: on any error, and on any warning when the pom asks for it
 * ({@code failOnWarning}). Notes never fail it.
 *
 * @param errors how many errors
 * @param warnings how many warnings
 * @param fails whether the build fails
 */
public record CheckVerdict(int errors, int warnings, boolean fails) {
    /** The verdict on {@code findings}. */
    public static CheckVerdict of(List<Finding> findings, boolean failOnWarning) {
        int errors = (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        int warnings = (int) findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        return new CheckVerdict(errors, warnings, errors > 0 || failOnWarning && warnings > 0);
    }

    /** One line for the build log: {@code the page check found 2 errors and 1 warning}. */
    public String summary() {
        return "the page check found " + count(errors, "error") + " and " + count(warnings, "warning")
                + (fails && errors == 0 ? " (failOnWarning is on)" : "");
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
