package io.github.pekoe.processor;

import static io.github.pekoe.processor.ProcessorCompilation.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package whose code calls {@code jsModules(...)} gets {@code Bootstrap.enableJsModules()} in its
 * generated {@code PekoePage} and a {@code js-modules} line in its name index, wherever the call is:
 * through a static import or qualified, in a script, in a handler, in a helper class of the package;
 * a package that does not call it (even one that calls {@code jsImport}) gets neither.
 */
class JsModulesProcessorTest {
    private static final String PROCESSORS = ScriptProcessor.class.getName() + ","
            + HandlerProcessor.class.getName() + "," + ExportProcessor.class.getName() + ","
            + PageEntryProcessor.class.getName() + "," + NameIndexProcessor.class.getName();
    private static final String ENABLE = "io.github.pekoe.boot.Bootstrap.enableJsModules();";
    private static final String SCRIPT_MAIN = "    public static void main(String[] args) {\n";

    private static ProcessorCompilation project;

    @BeforeAll
    static void compileOnePackagePerWayOfCalling(@TempDir Path dir) throws IOException {
        project = ProcessorCompilation.compile(dir, PROCESSORS,
                "mods/staticimport/Show.java", "package mods.staticimport;\n"
                        + "import static io.github.pekoe.Pekoe.jsModules;\n"
                        + "@io.github.pekoe.Script(\"static-show\")\n"
                        + "public class Show {\n"
                        + SCRIPT_MAIN
                        + "        jsModules(\"greeting\").call(\"greet\", \"Ada\");\n"
                        + "    }\n"
                        + "}\n",
                "mods/wildcard/Show.java", "package mods.wildcard;\n"
                        + "import static io.github.pekoe.Pekoe.*;\n"
                        + "@io.github.pekoe.Script(\"wildcard-show\")\n"
                        + "public class Show {\n"
                        + SCRIPT_MAIN
                        + "        registerHandler(\"later\", () -> display(jsModules(\"greeting\")));\n"
                        + "    }\n"
                        + "}\n",
                "mods/qualified/Buttons.java", "package mods.qualified;\n"
                        + "public class Buttons {\n"
                        + "    @io.github.pekoe.Handler\n"
                        + "    public static void greet() {\n"
                        + "        io.github.pekoe.Pekoe.jsModules(\"greeting\");\n"
                        + "    }\n"
                        + "}\n",
                "mods/helper/Show.java", "package mods.helper;\n"
                        + "@io.github.pekoe.Script(\"helper-show\")\n"
                        + "public class Show {\n"
                        + SCRIPT_MAIN
                        + "        Greeter.greet();\n"
                        + "    }\n"
                        + "}\n",
                "mods/helper/Greeter.java", "package mods.helper;\n"
                        + "import io.github.pekoe.Pekoe;\n"
                        + "final class Greeter {\n"
                        + "    static void greet() {\n"
                        + "        Pekoe.jsModules(\"greeting\").call(\"greet\", \"Bo\");\n"
                        + "    }\n"
                        + "}\n",
                "mods/ordered/package-info.java", "@io.github.pekoe.FilesConfig\npackage mods.ordered;\n",
                "mods/ordered/Work.java", "package mods.ordered;\n"
                        + "import static io.github.pekoe.Pekoe.jsModules;\n"
                        + "@io.github.pekoe.Script(value = \"ordered-work\", worker = true)\n"
                        + "public class Work {\n"
                        + SCRIPT_MAIN
                        + "        jsModules(\"heavy\");\n"
                        + "    }\n"
                        + "}\n",
                "mods/lazy/package-info.java", "@io.github.pekoe.LazyBundle(\"lazymods\")\npackage mods.lazy;\n",
                "mods/lazy/Plot.java", "package mods.lazy;\n"
                        + "public class Plot {\n"
                        + "    @io.github.pekoe.Export\n"
                        + "    public static Object plot() {\n"
                        + "        return io.github.pekoe.Pekoe.jsModules(\"chart\").toJava();\n"
                        + "    }\n"
                        + "}\n",
                "mods/none/Show.java", "package mods.none;\n"
                        + "import static io.github.pekoe.Pekoe.jsImport;\n"
                        + "@io.github.pekoe.Script(\"none-show\")\n"
                        + "public class Show {\n"
                        + SCRIPT_MAIN
                        + "        jsImport(\"./chart.mjs\");\n"
                        + "        String jsModules = \"js_modules\";\n"
                        + "    }\n"
                        + "}\n");
    }

    @Test
    void compilesWithoutErrors() {
        project.assertSuccess();
    }

    @Test
    void aCallThroughAStaticImportInAScriptEnablesTheModulesBeforeStarting() throws IOException {
        assertEntryHas("mods.staticimport", "    public static void main(String[] args) {\n        " + ENABLE
                + "\n        io.github.pekoe.boot.Bootstrap.start(args, new PekoeScriptIndex(), null);\n    }");
    }

    @Test
    void aCallInsideALambdaThroughAWildcardImportCounts() throws IOException {
        assertEquals(1, count(project.generatedSource("mods.wildcard", "PekoePage"), ENABLE));
    }

    @Test
    void aQualifiedCallInAHandlerCounts() throws IOException {
        assertEntryHas("mods.qualified", ENABLE + "\n        io.github.pekoe.boot.Bootstrap.start(args, catalog -> { },"
                + " new PekoeHandlerIndex());");
    }

    @Test
    void aCallInAHelperClassOfThePackageCounts() throws IOException {
        assertEquals(1, count(project.generatedSource("mods.helper", "PekoePage"), ENABLE));
    }

    @Test
    void theModulesLoadAfterTheFilesAndBeforeTheWorkersAreEnabled() throws IOException {
        assertEntryHas("mods.ordered", "io.github.pekoe.boot.Bootstrap.enableFiles();\n        " + ENABLE
                + "\n        io.github.pekoe.boot.Bootstrap.enableWorkers();\n");
    }

    @Test
    void aLazyPackageThatCallsItEnablesTheModulesBeforeStartingLazily() throws IOException {
        assertEntryHas("mods.lazy", ENABLE + "\n        io.github.pekoe.boot.Bootstrap.enableWorkers();\n        "
                + "io.github.pekoe.boot.Bootstrap.startLazy(args, \"lazymods\", ");
    }

    @Test
    void aPackageThatDoesNotCallItEnablesNoModules() throws IOException {
        assertFalse(project.generatedSource("mods.none", "PekoePage").contains("enableJsModules"));
        assertEntryHas("mods.none", "io.github.pekoe.boot.Bootstrap.start(args, new PekoeScriptIndex(), null);");
    }

    @Test
    void theNameIndexRecordsTheCallOncePerPackageAndOnlyWhereItIsMade() throws IOException {
        for (String pkg : List.of("mods.staticimport", "mods.wildcard", "mods.qualified", "mods.helper",
                "mods.ordered", "mods.lazy")) {
            List<String> lines = project.resourceLines("META-INF/pekoe/" + pkg + ".names");
            assertEquals(1, lines.stream().filter(line -> line.equals("js-modules")).count(), pkg + ": " + lines);
        }
        List<String> none = project.resourceLines("META-INF/pekoe/mods.none.names");
        assertEquals(List.of("# Pekoe names, generated by the annotation processor", "package\tmods.none",
                "script\tnone-show\tmods.none.Show"), none);
    }

    /** Asserts that the generated entry of {@code pkg} holds {@code part}. */
    private static void assertEntryHas(String pkg, String part) throws IOException {
        String page = project.generatedSource(pkg, "PekoePage");
        assertTrue(page.contains(part), page);
    }
}
