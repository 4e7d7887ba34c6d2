/**
 * Internal, not API: the page's configuration, found in a {@code <java-config>} element or a
 * {@code config} attribute, inline JSON or a {@code .json} URL, checked, and offered read-only as
 * {@code Pekoe.config()}. Any release may change it.
 */
package io.github.pekoe.internal.config;
