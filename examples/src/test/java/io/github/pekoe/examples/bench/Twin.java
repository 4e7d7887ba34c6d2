package io.github.pekoe.examples.bench;

/** One implementation of a benchmark page: its label in the report and the suffix of its file name. */
public enum Twin {
    /** The page in hand-written JavaScript, the floor every ratio is taken to. */
    VANILLA("JavaScript", ".vanilla"),
    /** The page in PyScript with MicroPython, the reference Pekoe follows. */
    PYSCRIPT("PyScript mpy", ".mpy"),
    /** The page in Pekoe. */
    PEKOE("Pekoe", "");

    private final String label;
    private final String suffix;

    Twin(String label, String suffix) {
        this.label = label;
        this.suffix = suffix;
    }

    /** The column heading of this twin in the report. */
    public String label() {
        return label;
    }

    /** The file of {@code page}'s twin, such as {@code hello.vanilla.html}. */
    public String file(BenchPage page) {
        return page.id() + suffix + ".html";
    }
}
