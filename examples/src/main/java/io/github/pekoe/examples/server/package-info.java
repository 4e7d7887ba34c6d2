/**
 * A small static file server for the gallery and the browser tests, built on the JDK's
 * {@code com.sun.net.httpserver}: {@link io.github.pekoe.examples.server.StaticSite} serves
 * directories under URL prefixes with the security headers every Pekoe page is tested under,
 * and {@link io.github.pekoe.examples.server.GalleryServer} is its command line.
 */
package io.github.pekoe.examples.server;
