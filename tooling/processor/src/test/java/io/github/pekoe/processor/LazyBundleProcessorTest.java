package io.github.pekoe.processor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code PekoePage} of a package marked {@code @LazyBundle}: it publishes, never scans a page. */
class LazyBundleProcessorTest {
    private static final String EXPORT = "package lazy.charts;\n"
            + "public class Charts {\n"
            + "    @io.github.pekoe.Export\n"
            + "    public static String plot(java.util.List<Object> data) { return \"\" + data; }\n"
            + "}\n";

    @TempDir
    Path dir;

    @Test
    void aLazyPackageStartsLazilyWithItsScriptsAndExports() throws IOException {
        ProcessorCompilation result = PageEntryProcessorTest.compile(dir,
                "lazy/charts/package-info.java", "@io.github.pekoe.LazyBundle(\"charts\")\npackage lazy.charts;\n",
                "lazy/charts/Charts.java", EXPORT,
                "lazy/charts/Legend.java", "package lazy.charts;\n"
                        + "@io.github.pekoe.Script(\"charts/legend\")\n"
                        + "public class Legend {\n"
                        + "    public static void main(String[] args) {}\n"
                        + "}\n");
        result.assertSuccess();
        String page = result.generatedSource("lazy.charts", "PekoePage");
        assertTrue(page.contains("io.github.pekoe.boot.Bootstrap.startLazy(args, \"charts\", new PekoeScriptIndex(),"
                + " new PekoeExportIndex());"), page);
        assertFalse(page.contains("Bootstrap.start(args"), page);
        assertFalse(page.contains("addExports"), page);
        assertFalse(Files.exists(result.classes.resolve("META-INF/services/io.github.pekoe.internal.worker.ExportProvider")),
                "a Bootstrap bundle carries none of a lazy package's exports");
        assertFalse(Files.exists(result.classes.resolve("META-INF/services/io.github.pekoe.internal.script.ScriptProvider")),
                "a Bootstrap bundle carries none of a lazy package's scripts");
    }

    @Test
    void aLazyPackageWithOnlyTheAnnotationPublishesNothingButItsName() throws IOException {
        ProcessorCompilation result = PageEntryProcessorTest.compile(dir,
                "lazy/empty/package-info.java", "@io.github.pekoe.LazyBundle(\"empty\")\npackage lazy.empty;\n");
        result.assertSuccess();
        String page = result.generatedSource("lazy.empty", "PekoePage");
        assertTrue(page.contains("Bootstrap.startLazy(args, \"empty\", catalog -> { }, null);"), page);
    }

    @Test
    void aBadNameIsACompileErrorOnThePackage() throws IOException {
        ProcessorCompilation result = PageEntryProcessorTest.compile(dir,
                "lazy/charts/package-info.java", "@io.github.pekoe.LazyBundle(\"my charts\")\npackage lazy.charts;\n",
                "lazy/charts/Charts.java", EXPORT);
        result.assertOnlyError("the @LazyBundle name 'my charts' has the character ' '; use letters, digits, '-', '_'"
                + " and '.'", "package-info.java");
    }

    @Test
    void handlersInALazyPackageAreACompileError() throws IOException {
        ProcessorCompilation result = PageEntryProcessorTest.compile(dir,
                "lazy/charts/package-info.java", "@io.github.pekoe.LazyBundle(\"charts\")\npackage lazy.charts;\n",
                "lazy/charts/Buttons.java", "package lazy.charts;\n"
                        + "public class Buttons {\n"
                        + "    @io.github.pekoe.Handler(\"lazy-click\")\n"
                        + "    public static void click() {}\n"
                        + "}\n");
        result.assertOnlyError("a @LazyBundle package offers exports and scripts, not @Handler or @When: the page's"
                + " bundle binds the page's events", "package-info.java");
    }
}
