package io.github.pekoe.internal.display;

/** Escapes text for HTML as Python's {@code html.escape} does, quotes included. */
public final class HtmlEscape {
    private HtmlEscape() {
    }

    /** Returns {@code text} with {@code & < > " '} replaced by character references. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String replacement = replacement(text.charAt(i));
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(text.charAt(i));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(char c) {
        switch (c) {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '"': return "&quot;";
            case '\'': return "&#x27;";
            default: return null;
        }
    }
}
