/** Tests of what error banners say: where the failing Java ran, and in a development build its Java frames. */
package io.github.pekoe.examples.errors;
