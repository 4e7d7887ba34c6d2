/**
 * JSO declarations of the IndexedDB calls that teavm-jso-apis' {@code org.teavm.jso.indexeddb} lacks:
 * opening a database at its current version, the number of object stores, reading every value.
 * Each extends TeaVM's type, so the rest of the API is TeaVM's own.
 */
package io.github.pekoe.bridge.indexeddb;
