/** Gallery page "workers": a worker counts primes while the page keeps ticking, exports and sync. */
package io.github.pekoe.examples.gallery.workers;
