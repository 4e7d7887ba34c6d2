package io.github.pekoe.web;

/**
 * Turns the names people write for element properties into the DOM's own names: HTML attribute
 * spellings ({@code tabindex}, {@code readonly}, {@code for}, {@code class}, {@code accept-charset})
 * become DOM properties ({@code tabIndex}, {@code readOnly}, {@code htmlFor}, {@code className},
 * {@code acceptCharset}); a Python-style trailing underscore ({@code for_}) is dropped. Pure: no DOM.
 */
final class PropertyNames {
    /**
     * DOM properties whose HTML attributes are spelled in lower case ({@code tabIndex} for
     * {@code tabindex}); the hyphenated ones ({@code accept-charset}) come from {@link #camelCase}.
     */
    private static final String CAMEL_CASED = "accessKey allowFullscreen colSpan contentEditable controlsList"
            + " crossOrigin dateTime dirName disablePictureInPicture disableRemotePlayback enterKeyHint fetchPriority"
            + " formAction formEnctype formMethod formNoValidate formTarget imageSizes imageSrcset inputMode isMap"
            + " maxLength minLength noModule noValidate playsInline popoverTarget popoverTargetAction readOnly"
            + " referrerPolicy rowSpan shadowRootMode tabIndex useMap virtualKeyboardPolicy";

    private PropertyNames() {
    }

    /** Tells whether {@code name} is an attribute rather than a property: {@code data-*} and {@code aria-*}. */
    static boolean isAttribute(String name) {
        return name.startsWith("data-") || name.startsWith("aria-");
    }

    /** Returns the DOM property for {@code name}; names the DOM already uses come back unchanged. */
    static String normalize(String name) {
        String plain = name.length() > 1 && name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
        String known = fromAttribute(plain);
        return known != null ? known : camelCase(plain);
    }

    /** The DOM property of an HTML attribute whose lower-case spelling differs from it, or null. */
    static String fromAttribute(String attribute) {
        if (attribute.equals("class")) {
            return "className";
        }
        if (attribute.equals("for")) {
            return "htmlFor";
        }
        String property = WordList.findIgnoringCase(CAMEL_CASED, attribute);
        return property == null || property.equals(attribute) ? null : property;
    }

    /** {@code accept-charset} to {@code acceptCharset}; names without a hyphen come back unchanged. */
    static String camelCase(String name) {
        if (name.indexOf('-') < 0) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-') {
                upper = out.length() > 0;
            } else {
                out.append(upper && c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
