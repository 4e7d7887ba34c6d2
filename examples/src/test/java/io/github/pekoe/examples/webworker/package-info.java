/** Browser tests of the web API in a worker: the page's elements reached from worker code, and their release. */
package io.github.pekoe.examples.webworker;
