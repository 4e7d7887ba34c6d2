/** The benchmark page that builds 1000 elements with the web API. */
package io.github.pekoe.examples.bench.web;
