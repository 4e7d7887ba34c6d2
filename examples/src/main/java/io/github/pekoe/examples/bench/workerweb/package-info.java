/** The benchmark page whose worker builds 1000 elements on the page with the web API. */
package io.github.pekoe.examples.bench.workerweb;
