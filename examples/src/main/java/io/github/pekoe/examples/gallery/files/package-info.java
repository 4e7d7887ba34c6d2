/**
 * The gallery's files page; its config is TOML and lists a file, so its bundle reads TOML and loads the
 * config's files.
 */
@FilesConfig
@TomlConfig
package io.github.pekoe.examples.gallery.files;

import io.github.pekoe.FilesConfig;
import io.github.pekoe.TomlConfig;
