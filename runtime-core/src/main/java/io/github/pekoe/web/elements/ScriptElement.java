package io.github.pekoe.web.elements;

import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.js.TrustedValues;
import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A script, {@code <script>}. Pages under a Content Security Policy run only scripts from allowed sources. */
public final class ScriptElement extends TypedElement<ScriptElement>
        implements HasSrc<ScriptElement>, HasType<ScriptElement> {
    /** Creates a new, empty {@code <script>}; the factory {@code Web.script(...)} is the usual way. */
    public ScriptElement() {
        super("script");
    }

    /**
     * Views an existing {@code <script>}: {@code page.get("id").as(ScriptElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public ScriptElement(HTMLElement dom) {
        super(dom, "script");
    }

    /** Sets the address of the script; a script URL, it reaches the page through Pekoe's Trusted Types policy. */
    @Override
    public ScriptElement src(String src) {
        TrustedValues.setString(dom(), "src", Arguments.notNull(src, "src"));
        return this;
    }

    @Override
    protected ScriptElement rewrap(HTMLElement copy) {
        return new ScriptElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "src type async crossOrigin defer integrity noModule referrerPolicy";
    }

    /** Tells whether the script runs as soon as it is loaded. */
    public boolean isAsync() {
        return bool("async");
    }

    /** Sets whether the script runs as soon as it is loaded. */
    public ScriptElement async(boolean async) {
        return bool("async", async);
    }

    /** The CORS mode of the request. */
    public String crossOrigin() {
        return string("crossOrigin");
    }

    /** Sets the CORS mode of the request. */
    public ScriptElement crossOrigin(String crossOrigin) {
        return string("crossOrigin", crossOrigin);
    }

    /** Tells whether the script runs after the document is parsed. */
    public boolean isDefer() {
        return bool("defer");
    }

    /** Sets whether the script runs after the document is parsed. */
    public ScriptElement defer(boolean defer) {
        return bool("defer", defer);
    }

    /** The hash the script must match. */
    public String integrity() {
        return string("integrity");
    }

    /** Sets the hash the script must match. */
    public ScriptElement integrity(String integrity) {
        return string("integrity", integrity);
    }

    /** Tells whether browsers that support modules skip the script. */
    public boolean isNoModule() {
        return bool("noModule");
    }

    /** Sets whether browsers that support modules skip the script. */
    public ScriptElement noModule(boolean noModule) {
        return bool("noModule", noModule);
    }

    /** How much of the referrer to send. */
    public String referrerPolicy() {
        return string("referrerPolicy");
    }

    /** Sets how much of the referrer to send. */
    public ScriptElement referrerPolicy(String referrerPolicy) {
        return string("referrerPolicy", referrerPolicy);
    }
}
