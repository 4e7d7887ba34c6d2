/** The site's files: {@link io.github.pekoe.maven.site.SiteCopy} copies the pages, styles and assets beside the bundles. */
package io.github.pekoe.maven.site;
