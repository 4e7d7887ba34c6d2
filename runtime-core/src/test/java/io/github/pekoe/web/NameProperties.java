package io.github.pekoe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The name rules of the web API on generated names: dataset keys, CSS names, DOM properties, class lists. */
class NameProperties {

    @Property(tries = 2000)
    void aDatasetKeyComesBackFromItsAttribute(@ForAll("datasetKeys") String key) {
        String attribute = DataNames.toAttribute(key);
        assertTrue(attribute.startsWith("data-"), attribute);
        assertFalse(attribute.chars().anyMatch(c -> c >= 'A' && c <= 'Z'), attribute);
        assertEquals(key, DataNames.toKey(attribute));
    }

    @Property(tries = 1000)
    void aKeyWithAHyphenBeforeALowerCaseLetterIsRefusedNamingIt(@ForAll("datasetKeys") String before,
            @ForAll("lower") char next, @ForAll("datasetKeys") String after) {
        String key = before + "-" + next + after;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataNames.toAttribute(key));
        assertTrue(e.getMessage().startsWith("'" + key + "' is not a dataset key"), e.getMessage());
    }

    @Property(tries = 2000)
    void aCamelCaseStyleNameBecomesItsHyphenatedCssName(@ForAll("camelNames") String name) {
        String css = StyleNames.toCss(name);
        assertFalse(css.chars().anyMatch(c -> c >= 'A' && c <= 'Z'), css);
        assertEquals(css, StyleNames.toCss(css), "a CSS name is its own CSS name");
        // camel-casing the CSS name gives the name back (a vendor prefix loses its leading hyphen)
        assertEquals(name, PropertyNames.camelCase(css.startsWith("-") ? css.substring(1) : css));
    }

    @Property(tries = 1000)
    void aPropertyNameIsNormalOnceNormalized(@ForAll("propertyNames") String name) {
        String property = PropertyNames.normalize(name);
        assertEquals(property, PropertyNames.normalize(property));
        assertEquals(-1, property.indexOf('-'), property);
    }

    @Property(tries = 200)
    void anHtmlAttributeSpellingBecomesItsDomProperty(@ForAll("attributeSpellings") String[] pair,
            @ForAll boolean trailingUnderscore) {
        assertEquals(pair[1], PropertyNames.normalize(pair[0] + (trailingUnderscore ? "_" : "")));
    }

    @Property(tries = 2000)
    void classTextSplitsIntoItsNames(@ForAll("classLists") List<String> names, @ForAll("spaces") List<String> gaps) {
        StringBuilder text = new StringBuilder(gaps.get(0));
        for (int i = 0; i < names.size(); i++) {
            text.append(names.get(i)).append(gaps.get((i + 1) % gaps.size()));
            if (gaps.get((i + 1) % gaps.size()).isEmpty()) {
                text.append(' ');
            }
        }
        assertEquals(names, ClassNames.split(text.toString()));
    }

    @Provide
    Arbitrary<String> datasetKeys() {
        return Arbitraries.strings().withChars("abcxyzABCXYZ019_").ofMaxLength(10);
    }

    @Provide
    Arbitrary<Character> lower() {
        return Arbitraries.chars().range('a', 'z');
    }

    @Provide
    Arbitrary<String> camelNames() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
        return word.list().ofMinSize(1).ofMaxSize(4).map(words -> {
            StringBuilder name = new StringBuilder(words.get(0));
            for (String w : words.subList(1, words.size())) {
                name.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
            return name.toString();
        }).filter(n -> !n.equals("cssFloat")).flatMap(name -> Arbitraries.of("", "webkit", "moz", "ms")
                .map(vendor -> vendor.isEmpty() ? name : vendor + Character.toUpperCase(name.charAt(0)) + name.substring(1)));
    }

    @Provide
    Arbitrary<String> propertyNames() {
        return Arbitraries.oneOf(camelNames(), camelNames().map(StyleNames::toCss),
                Arbitraries.of("tabindex", "readonly", "for", "class", "for_", "class_", "accept-charset", "maxlength",
                        "colspan", "contenteditable", "value_"));
    }

    @Provide
    Arbitrary<String[]> attributeSpellings() {
        return Arbitraries.of(new String[] {"class", "className"}, new String[] {"for", "htmlFor"},
                new String[] {"tabindex", "tabIndex"}, new String[] {"readonly", "readOnly"},
                new String[] {"maxlength", "maxLength"}, new String[] {"accept-charset", "acceptCharset"},
                new String[] {"colspan", "colSpan"}, new String[] {"value", "value"});
    }

    @Provide
    Arbitrary<List<String>> classLists() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(8)
                .filter(s -> s.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'))
                .list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<String>> spaces() {
        return Arbitraries.strings().withChars(" \t\n\r\f").ofMaxLength(3).list().ofMinSize(1).ofMaxSize(4);
    }
}
