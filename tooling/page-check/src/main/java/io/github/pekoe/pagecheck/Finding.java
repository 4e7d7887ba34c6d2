package io.github.pekoe.pagecheck;

/**
 * One problem the check found.
 *
 * @param rule the rule that found it
 * @param file the page (or, for a {@code @When}, the Java source relative to its source root)
 * @param line the 1-based line, 0 when unknown
 * @param column the 1-based column, 0 when unknown
 * @param message what is wrong, in the words the runtime would use where it reports the same
 */
public record Finding(Rule rule, String file, int line, int column, String message) {
    /** The severity of the rule that found it. */
    public Severity severity() {
        return rule.severity();
    }

    /** The finding as a build log shows it: {@code path:line:col: error: message [rule]}. */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(severity().label()).append(": ").append(message)
                .append(" [").append(rule.id()).append(']').toString();
    }
}
