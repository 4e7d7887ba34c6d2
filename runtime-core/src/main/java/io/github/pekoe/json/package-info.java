/** A small, strict JSON parser and writer that needs no reflection, so TeaVM can compile it to JavaScript. */
package io.github.pekoe.json;
