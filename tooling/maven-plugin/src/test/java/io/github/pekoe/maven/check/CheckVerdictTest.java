package io.github.pekoe.maven.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pekoe.pagecheck.Finding;
import io.github.pekoe.pagecheck.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckVerdictTest {
    private static final Finding ERROR = new Finding(Rule.UNKNOWN_HANDLER, "a.html", 1, 1, "no handler");
    private static final Finding WARNING = new Finding(Rule.CSP_INLINE, "a.html", 2, 1, "inline code");
    private static final Finding NOTE = new Finding(Rule.NOT_CHECKED, "a.html", 3, 1, "not checked");

    @Test
    void anErrorFailsTheBuild() {
        CheckVerdict verdict = CheckVerdict.of(List.of(ERROR, WARNING, WARNING), false);
        assertEquals(new CheckVerdict(1, 2, true), verdict);
        assertEquals("the page check found 1 error and 2 warnings", verdict.summary());
    }

    @Test
    void warningsAndNotesPassUnlessFailOnWarningIsOn() {
        assertEquals(new CheckVerdict(0, 1, false), CheckVerdict.of(List.of(WARNING, NOTE), false));
        CheckVerdict strict = CheckVerdict.of(List.of(WARNING, NOTE), true);
        assertEquals(new CheckVerdict(0, 1, true), strict);
        assertEquals("the page check found 0 errors and 1 warning (failOnWarning is on)", strict.summary());
        assertEquals(new CheckVerdict(0, 0, false), CheckVerdict.of(List.of(NOTE), true));
    }
}
