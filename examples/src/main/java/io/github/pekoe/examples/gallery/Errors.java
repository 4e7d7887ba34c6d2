package io.github.pekoe.examples.gallery;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.script.Script;

/** A script that throws next to one that works: the failure is reported, the page keeps running. */
public final class Errors {
    private Errors() {
    }

    /** Throws an exception with a cause; Pekoe shows a red banner and logs to the console. */
    @Script("errors/throws")
    public static class Throws {
        /** Fails on purpose. */
        public static void main(String[] args) {
            display("This line appears; the next one throws.");
            parse("forty-two");
        }

        private static int parse(String text) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("could not read the answer", e);
            }
        }
    }

    /** Runs after the failing script, untouched by it. */
    @Script("errors/works")
    public static class Works {
        /** Shows that the page still runs. */
        public static void main(String[] args) {
            display("The next script ran anyway: one failure never stops the others.");
        }
    }
}
