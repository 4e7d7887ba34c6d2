/**
 * Gallery page "modules": a JavaScript module from the config's js_modules, one imported on demand with
 * jsImport, a Java lambda as that module's label callback, and a lazy Java bundle loaded by a button.
 */
package io.github.pekoe.examples.gallery.modules;
