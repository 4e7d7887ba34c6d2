package io.github.pekoe.maven.bundle;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * TeaVM's options for every bundle of a build. The build mode makes what pages ship: minified, ADVANCED,
 * no source maps. The dev mode makes what a debugger reads: readable code, SIMPLE, source maps with the
 * Java sources copied beside them, and TeaVM's debug information. An option the pom sets wins over the mode.
 *
 * @param minifying whether names are shortened
 * @param optimizationLevel TeaVM's optimisation level
 * @param sourceMaps whether a source map is written beside each bundle, with the Java sources it names
 * @param debugInformation whether TeaVM's debug information file is written
 * @param properties TeaVM properties, which Pekoe's compiler plugins read ({@code pekoe.compactNumbers}, ...)
 */
public record CompileOptions(boolean minifying, TeaVMOptimizationLevel optimizationLevel, boolean sourceMaps,
        boolean debugInformation, Map<String, String> properties) {
    /** Copies the properties. */
    public CompileOptions {
        properties = Map.copyOf(properties);
    }

    /**
     * The options of a build in {@code dev} mode or not, with what the pom sets: a null option keeps the
     * mode's value. An unknown optimisation level or a property without a name is an
     * {@link IllegalArgumentException} naming it.
     */
    public static CompileOptions resolve(boolean dev, Boolean minifying, String optimizationLevel, Boolean sourceMaps,
            Map<String, String> properties) {
        Map<String, String> copy = new LinkedHashMap<>();
        if (properties != null) {
            properties.forEach((key, value) -> {
                if (key == null || key.isBlank()) {
                    throw new IllegalArgumentException("a TeaVM property in <properties> has no name");
                }
                copy.put(key.trim(), value == null ? "" : value.trim());
            });
        }
        return new CompileOptions(minifying != null ? minifying : !dev, level(optimizationLevel, dev),
                sourceMaps != null ? sourceMaps : dev, dev, copy);
    }

    private static TeaVMOptimizationLevel level(String name, boolean dev) {
        if (name == null || name.isBlank()) {
            return dev ? TeaVMOptimizationLevel.SIMPLE : TeaVMOptimizationLevel.ADVANCED;
        }
        try {
            return TeaVMOptimizationLevel.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("<optimizationLevel> '" + name.trim() + "' is not one of "
                    + Arrays.toString(TeaVMOptimizationLevel.values()), e);
        }
    }
}
