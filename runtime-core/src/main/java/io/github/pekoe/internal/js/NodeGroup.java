package io.github.pekoe.internal.js;

/**
 * Marks a Java object that stands for several DOM nodes and iterates over their {@link NodeHolder}s in
 * order, such as the {@code web} API's {@code ElementCollection}: {@code display} inserts them all.
 * Code that looks for a group asks for this interface, not for the collection's class, so a bundle
 * that never makes one carries no list classes for the question.
 */
public interface NodeGroup {
}
