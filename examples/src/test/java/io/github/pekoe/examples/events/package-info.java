/** Browser tests of events: py-* and java-* attributes, when(), @When, custom events and blocking handlers. */
package io.github.pekoe.examples.events;
