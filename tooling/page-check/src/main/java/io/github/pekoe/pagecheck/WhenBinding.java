package io.github.pekoe.pagecheck;

/**
 * One {@code @When(event, selector)} binding from a name index.
 *
 * @param pkg the package that declares it
 * @param event the event type
 * @param selector the CSS selector
 * @param method the method, {@code pkg.Class.method}
 * @param file its source file, relative to the source root
 * @param line its 1-based line, 0 when unknown
 * @param column its 1-based column, 0 when unknown
 */
record WhenBinding(String pkg, String event, String selector, String method, String file, int line, int column) {
    /** The annotation as a page author writes it, for messages. */
    String describe() {
        return "@When(event = \"" + event + "\", selector = \"" + selector + "\") on " + method;
    }
}
