/** The gallery's websocket page. */
package io.github.pekoe.examples.gallery.websocket;
