package io.github.pekoe.pagecheck;

/** How bad a finding is: an error fails the build, a warning and a note only show in its log. */
public enum Severity {
    /** The runtime would show a banner or run nothing: the build fails. */
    ERROR("error"),
    /** Probably a mistake, or something a strict policy blocks. */
    WARNING("warning"),
    /** A rule the check could not apply, and why. */
    NOTE("note");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word a build log shows: {@code error}, {@code warning} or {@code note}. */
    public String label() {
        return label;
    }
}
