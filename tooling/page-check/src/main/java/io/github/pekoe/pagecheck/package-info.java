/**
 * The build-time page check: {@link io.github.pekoe.pagecheck.PageCheck#check} reads a site's HTML
 * pages, the name indexes Pekoe's annotation processor writes ({@code META-INF/pekoe/PACKAGE.names})
 * and the list of bundles the build makes, and returns {@link io.github.pekoe.pagecheck.Finding}s a
 * build log shows as {@code path:line:col: error: message [rule]}. It runs on the JVM in the build;
 * nothing in it ships in a page.
 *
 * <p>A page's names are those of the bundles its {@code <script src>} elements load: a
 * {@code PekoePage} bundle carries its package, a {@code Bootstrap} bundle every package. Names
 * registered in code ({@code registerScript}, {@code registerHandler}) count; when such a call's name
 * is not a constant, any name may be registered and the rule stays quiet. Where a page loads no bundle
 * the build lists, or one whose main class is its own, its names are not checked and a note says so.
 *
 * <p>The rules, by id:
 * <ul>
 *   <li>{@code unknown-script} (error): a {@code <script type="java">} or {@code <java-script>} names
 *       no registered script ({@code no Java script named 'x' for <script type="java" src="x">;
 *       registered scripts: ...}); a worker with {@code bundle="URL"} is checked against that bundle;</li>
 *   <li>{@code unknown-handler} (error): a {@code py-EVENT} or {@code java-EVENT} attribute names no
 *       registered handler ({@code no handler named 'x' for py-click on <button id="b">; known
 *       handlers: ...});</li>
 *   <li>{@code when-unmatched} (warning): a {@code @When} selector matches no element on the pages
 *       that load its bundle; reported at the annotation in the Java source;</li>
 *   <li>{@code when-selector} (warning): a {@code @When} selector this check cannot read;</li>
 *   <li>{@code config} (error): inline config that is not JSON or not an object (TOML text is not
 *       checked), more than one config source, a config URL the bundle cannot read;</li>
 *   <li>{@code js-modules-unused} (error): the config (inline, or the site's file a config URL names)
 *       lists {@code js_modules}, but no bundle of the page imports them: a bundle does when it is the
 *       {@code PekoePage} of a package whose code calls {@code jsModules(...)}, never when it is built
 *       from {@code Bootstrap}; reported at the {@code js_modules} key;</li>
 *   <li>{@code missing-bundle} (error): a {@code <script src>} or worker {@code bundle} pointing into
 *       a bundle folder, or at a bundle's file name, where the build makes no bundle;</li>
 *   <li>{@code csp-inline} (warning): inline {@code <script>} code, an {@code on*} attribute or a
 *       {@code javascript:} URL, which a strict Content-Security-Policy blocks;</li>
 *   <li>{@code not-checked} (note): a rule skipped on a page, and why;</li>
 *   <li>{@code input} (error): a page, index or folder the check could not read.</li>
 * </ul>
 *
 * <p>Opting out: {@code <html data-pekoe-check="off">} skips a page;
 * {@code data-pekoe-ignore="RULE RULE"} (or {@code all}) on an element skips those rules on it and
 * everything inside it, so on {@code <html>} it covers the page. {@code when-unmatched} is skipped for a
 * selector when a page that loads its bundle says {@code data-pekoe-ignore="when-unmatched"} on
 * {@code <html>} (for elements its scripts create).
 */
package io.github.pekoe.pagecheck;
