/**
 * The typed elements the tag factories of {@link io.github.pekoe.web.Web} return when the HTML
 * standard gives an element properties of its own ({@code InputElement.value()},
 * {@code AnchorElement.href()}, {@code SelectElement.options()}, ...), the small interfaces they share
 * ({@code HasName}, {@code HasValue}, {@code HasDisabled}, {@code HasSrc}, {@code HasHref},
 * {@code HasType}, {@code HasOptions}), and {@link io.github.pekoe.web.elements.Options}.
 * View an element found in the page as a typed one with {@code element.as(InputElement::new)}.
 *
 * <p>Nullability is in the types: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.pekoe.web.elements;

import org.jspecify.annotations.NullMarked;
