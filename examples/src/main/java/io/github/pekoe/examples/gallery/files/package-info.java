/** The gallery's files page; its config lists a file, so its bundle loads the config's files. */
@FilesConfig
package io.github.pekoe.examples.gallery.files;

import io.github.pekoe.FilesConfig;
