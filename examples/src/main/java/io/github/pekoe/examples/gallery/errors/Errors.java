package io.github.pekoe.examples.gallery.errors;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.*;

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
            try {
                checkAnswer("forty-two");
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("could not read the answer", e);
            }
        }

        private static void checkAnswer(String answer) {
            if (!answer.equals("42")) {
                throw new IllegalArgumentException("'" + answer + "' is not 42");
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
