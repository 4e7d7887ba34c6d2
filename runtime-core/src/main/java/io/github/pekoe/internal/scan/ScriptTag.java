package io.github.pekoe.internal.scan;

import io.github.pekoe.internal.js.Nodes;
import org.teavm.jso.dom.html.HTMLElement;

/** One Java script element of the page: what it runs and where its output goes. */
public final class ScriptTag {
    private final HTMLElement element;
    private final String name;
    private HTMLElement target;

    ScriptTag(HTMLElement element, String name) {
        this.element = element;
        this.name = name;
    }

    /** The {@code <script type="java">} or {@code <java-script>} element. */
    public HTMLElement element() {
        return element;
    }

    /** The script name it runs: its {@code src}, or its trimmed text. */
    public String name() {
        return name;
    }

    /** The element its {@code display} output goes to, or null when none could be found. */
    public HTMLElement target() {
        return target;
    }

    void target(HTMLElement target) {
        this.target = target;
    }

    /** Tells whether the element is a {@code <script>} (rather than a {@code <java-script>}). */
    public boolean isScriptElement() {
        return "script".equals(Nodes.localName(element));
    }

    /** Tells whether the element asks to run in a worker. */
    public boolean isWorker() {
        return element.hasAttribute("worker");
    }

    /** A short description of the element for messages, e.g. {@code <script type="java" src="greeter">}. */
    public String describe() {
        StringBuilder out = new StringBuilder("<").append(Nodes.localName(element));
        if (isScriptElement()) {
            out.append(" type=\"java\"");
        }
        if (element.hasAttribute("src")) {
            out.append(" src=\"").append(element.getAttribute("src")).append('"');
        }
        if (element.getId() != null && !element.getId().isEmpty()) {
            out.append(" id=\"").append(element.getId()).append('"');
        }
        return out.append('>').toString();
    }
}
