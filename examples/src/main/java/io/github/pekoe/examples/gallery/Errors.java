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
            readAnswer("forty-two");
        }

        private static int readAnswer(String text) {
            try {
                return digits(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("could not read the answer", e);
            }
        }

        private static int digits(String text) {
            int value = 0;
            for (char c : text.toCharArray()) {
                if (c < '0' || c > '9') {
                    throw new IllegalArgumentException("'" + text + "' is not a whole number");
                }
                value = value * 10 + (c - '0');
            }
            return value;
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
