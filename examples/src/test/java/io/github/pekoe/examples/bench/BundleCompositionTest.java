package io.github.pekoe.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.examples.bench.BundleComposition.Part;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BundleCompositionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$rt_seed = 2463534242,                 | RUNTIME",
        "function $rt_arrayLength(array) {     | RUNTIME",
        "let otji_JSWrapper_wrap = $this => { | RUNTIME",
        "TeaVMThread = function(runner) {     | RUNTIME",
        "Long_add = (a, b) => {                | RUNTIME",
        "$rt_metadata([jl_Object, \"Object\"   | METADATA",
        "$rt_stringPool([\"0\", \"null\"])     | METADATA",
        "jl_String_length = $this => {         | JAVA",
        "ju_HashMap = $rt_classWithoutFields(  | JAVA",
        "igpie_DomListeners_add = (a) => {      | PEKOE",
        "igpebh_PekoePage_main = var$1 => {     | PEKOE",
        "igpebh_Hello_main = var$1 => {         | PAGE",
        "if (typeof Reflect === \"object\") {  | OTHER"})
    void sortsADeclarationByItsName(String line, Part part) {
        assertEquals(part, BundleComposition.classify("    " + line.strip()));   // one level deep, as TeaVM writes
    }

    @Test
    void keepsABodyAndItsClosingLineWithTheirDeclaration() {
        Map<Part, BundleComposition.Share> parts = BundleComposition.of(
                "(function() {\n    jl_String_length = $this => {\n        return 1;\n    },\n"
                + "    igpebh_Hello_main = () => {\n    };\n})();\n");
        assertEquals(Set.of(Part.JAVA, Part.PAGE, Part.OTHER), parts.keySet());
        assertEquals("    jl_String_length = $this => {\n        return 1;\n    },\n".length(), parts.get(Part.JAVA).bytes());
        assertTrue(parts.get(Part.PAGE).gzip() > 0);
    }
}
