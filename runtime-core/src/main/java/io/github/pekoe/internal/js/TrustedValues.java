package io.github.pekoe.internal.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Pekoe's one Trusted Types policy, named {@value #POLICY}: the only way Pekoe hands markup, script
 * text or a script URL to the browser. Only the APIs that take markup or a script URL on purpose use
 * it ({@code HTML(...)}, {@code Element.html(String)}, the SVG, image, HTML and JavaScript
 * representations of {@code display()}, the properties that are markup or a script URL by name, see
 * {@link #setString}, set by {@code prop} or a typed setter) and the start of a worker from a bundle's
 * URL; text never goes through it. The policy is created on first use, so a page that never sets
 * markup creates none; where the browser has no Trusted Types, the strings pass as they are.
 *
 * <p>A page served with {@code require-trusted-types-for 'script'} allows the policy with
 * {@code trusted-types pekoe}; two Pekoe bundles that both set markup on one page each create a
 * policy of that name, which needs {@code trusted-types pekoe 'allow-duplicates'}.
 */
public final class TrustedValues {
    /** The name of the policy, as a page's {@code trusted-types} directive must allow it. */
    public static final String POLICY = "pekoe";

    private static JSObject policy;

    private TrustedValues() {
    }

    /** {@code markup} as a {@code TrustedHTML}, or the string itself where there are no Trusted Types. */
    public static JSObject html(String markup) {
        return make(policy(), "createHTML", markup);
    }

    /** {@code code} as a {@code TrustedScript}, or the string itself where there are no Trusted Types. */
    public static JSObject script(String code) {
        return make(policy(), "createScript", code);
    }

    /** {@code url} as a {@code TrustedScriptURL}, or the string itself where there are no Trusted Types. */
    public static JSObject scriptUrl(String url) {
        return make(policy(), "createScriptURL", url);
    }

    /**
     * Sets {@code element[property] = value}: through the policy when Trusted Types guard the property
     * and the API takes it on purpose (markup for {@code innerHTML}, {@code outerHTML} and
     * {@code srcdoc}; a script URL for {@code src} of {@code <script>} and {@code <embed>} and
     * {@code data} of {@code <object>}), as plain text otherwise.
     *
     * @throws IllegalArgumentException with the browser's message when the element refuses the value
     */
    public static void setString(JSObject element, String property, String value) {
        if (value != null && (property.equals("innerHTML") || property.equals("outerHTML")
                || property.equals("srcdoc"))) {
            JsProperties.setChecked(element, property, html(value));
        } else if (value != null && isScriptUrl(Nodes.localName(element), property)) {
            JsProperties.setChecked(element, property, scriptUrl(value));
        } else {
            JsProperties.setString(element, property, value);
        }
    }

    private static boolean isScriptUrl(String tag, String property) {
        return property.equals("src") && (tag.equals("script") || tag.equals("embed"))
                || property.equals("data") && tag.equals("object");
    }

    /**
     * The policy, created on first use.
     *
     * @throws IllegalStateException when the page's policy refuses it: its name is not allowed, or
     *     another bundle on the page took it without {@code 'allow-duplicates'}
     */
    private static JSObject policy() {
        if (policy == null) {
            JSObject created = create(POLICY);
            if (JsPrimitives.isString(created)) {
                throw new IllegalStateException(JsPrimitives.string(created)
                        + " (Pekoe's markup needs Content-Security-Policy: trusted-types pekoe 'allow-duplicates')");
            }
            policy = created;
        }
        return policy;
    }

    /** The policy; an empty object where there are no Trusted Types; the browser's message on refusal. */
    @JSBody(params = "name", script = "var t = self.trustedTypes, same = function (s) { return s; };"
            + " if (!t) { return {}; }"
            + " try { return t.createPolicy(name, {createHTML: same, createScript: same, createScriptURL: same}); }"
            + " catch (e) { return String(e.message); }")
    private static native JSObject create(String name);

    @JSBody(params = {"policy", "kind", "value"}, script = "return policy[kind] ? policy[kind](value) : value;")
    private static native JSObject make(JSObject policy, String kind, String value);
}
