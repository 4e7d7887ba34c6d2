package io.github.pekoe.internal.error;

import org.jspecify.annotations.Nullable;

/**
 * One frame of a JavaScript stack: Chromium's {@code at NAME (URL:LINE:COLUMN)} or {@code at URL:LINE:COLUMN},
 * or Firefox's and Safari's {@code NAME@URL:LINE:COLUMN} (HtmlUnit's {@code NAME()@URL:LINE}; a missing column
 * reads as 1).
 */
final class JsFrame {
    private final String function;
    private final String url;
    private final int line;
    private final int column;

    private JsFrame(String function, String url, int line, int column) {
        this.function = function;
        this.url = url;
        this.line = line;
        this.column = column;
    }

    /** Reads a trimmed stack line; null when it is no frame with a place (the message line, a native frame). */
    static @Nullable JsFrame parse(String frame) {
        String function;
        String place;
        if (frame.startsWith("at ")) {
            String body = frame.substring(3);
            int open = body.lastIndexOf(" (");
            boolean named = open >= 0 && body.endsWith(")");
            function = named ? body.substring(0, open) : "";
            place = named ? body.substring(open + 2, body.length() - 1) : body;
        } else {
            int at = frame.lastIndexOf('@');
            if (at < 0) {
                return null;
            }
            function = at >= 2 && frame.startsWith("()", at - 2) ? frame.substring(0, at - 2) : frame.substring(0, at);
            place = frame.substring(at + 1);
        }
        int last = place.lastIndexOf(':');
        int before = last > 0 ? place.lastIndexOf(':', last - 1) : -1;
        int first = number(place, before + 1, last);
        int second = number(place, last + 1, place.length());
        if (first > 0 && second > 0) {
            return new JsFrame(function, place.substring(0, before), first, second);
        }
        return second > 0 && last > 0 ? new JsFrame(function, place.substring(0, last), second, 1) : null;
    }

    private static int number(String text, int from, int to) {
        if (from <= 0 || from >= to) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The function's name, "" when the frame has none. */
    String function() {
        return function;
    }

    /** The script's URL. */
    String url() {
        return url;
    }

    /** The line, from 1. */
    int line() {
        return line;
    }

    /** The column, from 1. */
    int column() {
        return column;
    }
}
