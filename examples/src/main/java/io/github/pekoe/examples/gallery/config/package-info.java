/** The gallery's config page; its config lists files, so its bundle loads them. */
@FilesConfig
package io.github.pekoe.examples.gallery.config;

import io.github.pekoe.FilesConfig;
