package io.github.pekoe.maven.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teavm.vm.TeaVMOptimizationLevel;

class CompileOptionsTest {
    @Test
    void theBuildModeMakesWhatPagesShip() {
        assertEquals(new CompileOptions(true, TeaVMOptimizationLevel.ADVANCED, false, false, Map.of()),
                CompileOptions.resolve(false, null, null, null, null));
    }

    @Test
    void theDevModeMakesWhatADebuggerReads() {
        assertEquals(new CompileOptions(false, TeaVMOptimizationLevel.SIMPLE, true, true, Map.of()),
                CompileOptions.resolve(true, null, null, null, null));
    }

    @Test
    void whatThePomSetsWinsOverTheMode() {
        assertEquals(new CompileOptions(true, TeaVMOptimizationLevel.FULL, false, true, Map.of()),
                CompileOptions.resolve(true, true, "full", false, Map.of()));
        assertEquals(new CompileOptions(false, TeaVMOptimizationLevel.SIMPLE, true, false, Map.of()),
                CompileOptions.resolve(false, false, " SIMPLE ", true, Map.of()));
    }

    @Test
    void propertiesReachTeaVMTrimmed() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(" pekoe.compactNumbers ", " false ");
        properties.put("other", null);
        assertEquals(Map.of("pekoe.compactNumbers", "false", "other", ""),
                CompileOptions.resolve(false, null, null, null, properties).properties());
    }

    @Test
    void anUnknownLevelIsNamedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompileOptions.resolve(false, null, "fast", null, null));
        assertEquals("<optimizationLevel> 'fast' is not one of [SIMPLE, ADVANCED, FULL]", e.getMessage());
    }

    @Test
    void aPropertyWithoutANameIsRejected() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(" ", "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompileOptions.resolve(false, null, null, null, properties));
        assertTrue(e.getMessage().contains("has no name"), e.getMessage());
    }
}
