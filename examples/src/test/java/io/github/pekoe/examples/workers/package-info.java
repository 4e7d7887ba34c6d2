/** Browser tests of workers: Java scripts in Web Workers, exports, sync both ways, display from a worker. */
package io.github.pekoe.examples.workers;
