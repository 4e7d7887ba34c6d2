/**
 * Goal {@code run}'s machinery: {@link io.github.pekoe.maven.dev.DevServer} serves the built site on 127.0.0.1 with a
 * strict Content-Security-Policy and tells open pages to reload (Server-Sent Events, through a served script);
 * {@link io.github.pekoe.maven.dev.DevSession} watches the sources, recompiles the Java with javac and the site
 * with TeaVM, and reloads the pages.
 */
package io.github.pekoe.maven.dev;
