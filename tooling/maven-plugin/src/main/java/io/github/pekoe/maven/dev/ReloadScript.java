package io.github.pekoe.maven.dev;

import java.util.Locale;

/**
 * The script the dev server adds to every page it serves: it listens to the server's events and reloads the page
 * on each. A {@code <script src>} from the page's own origin, so {@code script-src 'self'} allows it.
 */
public final class ReloadScript {
    /** The script's path on the dev server. */
    public static final String PATH = "/_pekoe/reload.js";
    /** The event stream's path on the dev server. */
    public static final String EVENTS = "/_pekoe/events";
    /** The script's text. */
    public static final String TEXT = "new EventSource('" + EVENTS + "').onmessage = function () { location.reload(); };\n";

    private static final String TAG = "<script src=\"" + PATH + "\"></script>";

    private ReloadScript() {
    }

    /** {@code html} with the script's tag before {@code </head>}, else before {@code </body>}, else at its end. */
    public static String inject(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("</head>");
        if (at < 0) {
            at = lower.lastIndexOf("</body>");
        }
        return at < 0 ? html + TAG : html.substring(0, at) + TAG + html.substring(at);
    }
}
