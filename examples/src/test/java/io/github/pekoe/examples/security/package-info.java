/** Hostile input through the page: the XSS corpus through every text sink, and the markup sinks as the control. */
package io.github.pekoe.examples.security;
