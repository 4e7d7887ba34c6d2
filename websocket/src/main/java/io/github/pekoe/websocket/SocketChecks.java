package io.github.pekoe.websocket;

import io.github.pekoe.internal.check.Arguments;

/**
 * The argument checks of {@link WebSocket}, the browser's rules in plain Java: the URL's scheme, the
 * subprotocol names, and the close code and reason. Each failure is an {@code IllegalArgumentException}
 * that names the rule and the value.
 */
final class SocketChecks {
    /** The longest close reason the protocol allows, in UTF-8 bytes. */
    static final int MAX_REASON_BYTES = 123;

    private SocketChecks() {
    }

    /**
     * Returns the URL a socket was given.
     *
     * @throws IllegalArgumentException when it is null or blank (which would connect to the page's own URL)
     */
    static String given(String url) {
        if (url == null || url.trim().isEmpty()) {
            throw new IllegalArgumentException("WebSocket: the URL is " + (url == null ? "null" : "empty")
                    + "; give the server's ws:, wss:, http: or https: URL");
        }
        return url;
    }

    /**
     * The socket URL for {@code href}, the browser's parse of the user's {@code url} ({@code null} when
     * it did not parse): {@code ws:} and {@code wss:} as they are, {@code http:} and {@code https:}
     * turned into them, as browsers do.
     *
     * @throws IllegalArgumentException for an invalid URL, another scheme, or a fragment
     */
    static String socketUrl(String url, String href) {
        if (href == null) {
            throw new IllegalArgumentException("WebSocket: '" + url + "' is not a valid URL");
        }
        if (href.indexOf('#') >= 0) {
            throw new IllegalArgumentException("WebSocket: the URL '" + url + "' must not have a fragment (#...)");
        }
        int colon = href.indexOf(':');
        String scheme = colon < 0 ? "" : href.substring(0, colon);
        if (scheme.equals("ws") || scheme.equals("wss")) {
            return href;
        }
        if (scheme.equals("http") || scheme.equals("https")) {
            return "ws" + href.substring(4); // http:... becomes ws:..., https:... becomes wss:...
        }
        throw new IllegalArgumentException("WebSocket: the URL '" + url + "' has the scheme '" + scheme
                + ":'; it must be ws:, wss:, http: or https:");
    }

    /**
     * Checks the subprotocol names a socket asks for: each a token (letters, digits and
     * {@code !#$%&'*+-.^_`|~}), none twice.
     *
     * @throws IllegalArgumentException naming the first bad or repeated name
     */
    static void checkProtocols(String[] protocols) {
        for (int i = 0; i < protocols.length; i++) {
            String protocol = protocols[i];
            if (!Arguments.isToken(protocol)) {
                throw new IllegalArgumentException("WebSocket: the subprotocol '" + protocol + "' is not a valid name"
                        + " (letters, digits and " + Arguments.TOKEN_SYMBOLS + " only, not empty)");
            }
            for (int j = 0; j < i; j++) {
                if (protocols[j].equals(protocol)) {
                    throw new IllegalArgumentException("WebSocket: the subprotocol '" + protocol + "' is given twice");
                }
            }
        }
    }

    /**
     * Checks the code and reason of {@code close(code, reason)}: the code 1000 or from 3000 to 4999,
     * the reason at most 123 bytes in UTF-8.
     *
     * @throws IllegalArgumentException when either is out of bounds
     */
    static void checkClose(int code, String reason) {
        if (code != 1000 && (code < 3000 || code > 4999)) {
            throw new IllegalArgumentException("WebSocket: close code " + code
                    + " is not allowed; use 1000 or a code from 3000 to 4999");
        }
        int bytes = utf8Length(reason);
        if (bytes > MAX_REASON_BYTES) {
            throw new IllegalArgumentException("WebSocket: the close reason is " + bytes + " bytes in UTF-8; at most "
                    + MAX_REASON_BYTES + " are allowed");
        }
    }

    /** The length of {@code text} in UTF-8 bytes (a lone surrogate counts as the 3 bytes of U+FFFD). */
    static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
