package io.github.pekoe.examples.bench;

/**
 * The calls whose bundle cost the report shows: each is one probe package under
 * {@code io.github.pekoe.examples.bench} whose one script makes that call on the page's input
 * ({@code String s = String.valueOf(currentTarget()) + " a,b  c"}). {@link #BASE} makes none.
 */
enum CostProbe {
    BASE("base", "baseline: `display(s)`", false),
    FORMAT("format", "`String.format(\"%d items, %.2f\", s.length(), s.length() / 3.0)`", true),
    FORMATTED("formatted", "`\"%s has %d chars\".formatted(s, s.length())`", true),
    SPLIT_WHITESPACE("splitws", "`s.split(\"\\\\s+\")`", true),
    SPLIT_COMMA("splitcomma", "`s.split(\",\")`", true),
    REPLACE_ALL("replaceall", "`s.replaceAll(\"a+\", \"b\")`", true),
    MATCHES("matches", "`s.matches(\"[a-z]+\")`", true),
    PATTERN("pattern", "`Pattern.compile(\"([a-z]+)-(\\\\d+)\").matcher(s).find()`", true),
    MATCHER("matcher", "a `Matcher`: `find()` loop, `group(\"word\")`, `group(2)`, `start()`, `replaceAll(\"${word}\")`",
            true),
    LOWER("lower", "`s.toLowerCase()`", false),
    UPPER("upper", "`s.toUpperCase()`", false);

    private final String id;
    private final String call;
    private final boolean routed;

    CostProbe(String id, String call, boolean routed) {
        this.id = id;
        this.call = call;
        this.routed = routed;
    }

    /** The probe's package name, and its bundle's file name without {@code .js}. */
    String id() {
        return id;
    }

    /** The call, as the report shows it. */
    String call() {
        return call;
    }

    /** Whether Pekoe's compiler plugin reroutes the call: only then is a bundle without the rerouting built. */
    boolean routed() {
        return routed;
    }

    /** The entry point the processor writes for the probe's package. */
    String mainClass() {
        return "io.github.pekoe.examples.bench." + id + ".PekoePage";
    }
}
