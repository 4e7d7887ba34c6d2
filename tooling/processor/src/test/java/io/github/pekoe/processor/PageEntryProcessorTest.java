package io.github.pekoe.processor;

import static io.github.pekoe.processor.ProcessorCompilation.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link PageEntryProcessor} with the script, handler and export processors inside javac and
 * checks the generated {@code PekoePage} entry points (never running them: they need a browser).
 */
class PageEntryProcessorTest {

    private static final String ALL_PROCESSORS = ScriptProcessor.class.getName() + ","
            + HandlerProcessor.class.getName() + "," + ExportProcessor.class.getName() + ","
            + PageEntryProcessor.class.getName();
    private static final String START = "io.github.pekoe.boot.Bootstrap.start(args, ";
    private static final String SCRIPTS_ONLY = START + "new PekoeScriptIndex(), null);";
    private static final String HANDLERS_ONLY = START + "catalog -> { }, new PekoeHandlerIndex());";
    private static final String BOTH = START + "new PekoeScriptIndex(), new PekoeHandlerIndex());";
    private static final String ENABLE_WORKERS = "io.github.pekoe.boot.Bootstrap.enableWorkers();";
    private static final String ENABLE_WORKER_WEB = "io.github.pekoe.boot.Bootstrap.enableWorkerWeb();";
    private static final String ENABLE_WORKER_EVENTS = "io.github.pekoe.boot.Bootstrap.enableWorkerEvents();";
    private static final String ADD_EXPORTS = "io.github.pekoe.boot.Bootstrap.addExports(new PekoeExportIndex());";
    private static final String MAIN = "    public static void main(String[] args) {\n        ";

    static ProcessorCompilation compile(Path root, String... pathsAndSources) throws IOException {
        return ProcessorCompilation.compile(root, ALL_PROCESSORS, pathsAndSources);
    }

    // ---------------------------------------------------------------------------------------------
    // One project: a package with only scripts, one with only handlers, one with both, one with
    // only @When bindings, one with neither

    @TempDir
    static Path projectDir;
    static ProcessorCompilation project;

    @BeforeAll
    static void compileProject() throws IOException {
        project = compile(projectDir,
                "pages/scripts/Hello.java", "package pages.scripts;\n"
                        + "@io.github.pekoe.Script(\"pe-hello\")\n"
                        + "public class Hello {\n"
                        + "    public static void main(String[] args) {}\n"
                        + "}\n",
                "pages/scripts/Runner.java", "package pages.scripts;\n"
                        + "@io.github.pekoe.Script(\"pe-runner\")\n"
                        + "public class Runner implements Runnable {\n"
                        + "    public void run() {}\n"
                        + "}\n",
                "pages/handlers/Buttons.java", "package pages.handlers;\n"
                        + "public class Buttons {\n"
                        + "    @io.github.pekoe.Handler(\"pe-click\")\n"
                        + "    public static void click(org.teavm.jso.dom.events.MouseEvent event) {}\n"
                        + "}\n",
                "pages/both/Page.java", "package pages.both;\n"
                        + "@io.github.pekoe.Script(\"pe-both\")\n"
                        + "public class Page {\n"
                        + "    public static void main(String[] args) {}\n"
                        + "    @io.github.pekoe.Handler(\"pe-both-handler\")\n"
                        + "    public static void handle() {}\n"
                        + "}\n",
                "pages/bound/Bound.java", "package pages.bound;\n"
                        + "public class Bound {\n"
                        + "    @io.github.pekoe.When(event = \"click\", selector = \"#a\")\n"
                        + "    @io.github.pekoe.When(event = \"click\", selector = \"#b\")\n"
                        + "    public static void bound() {}\n"
                        + "}\n",
                "pages/plain/Plain.java", "package pages.plain;\n"
                        + "public class Plain {\n"
                        + "    public static void main(String[] args) {}\n"
                        + "}\n");
    }

    private static String page(String pkg) throws IOException {
        return project.generatedSource(pkg, "PekoePage");
    }

    @Test
    void projectWithScriptsAndHandlersCompilesWithoutErrors() {
        project.assertSuccess();
    }

    @Test
    void packageWithOnlyScriptsStartsItsScriptIndexWithoutHandlers() throws IOException {
        String page = page("pages.scripts");
        assertTrue(page.startsWith("package pages.scripts;\n"), page);
        assertTrue(page.contains(SCRIPTS_ONLY), page);
        assertEquals(1, count(page, START), page);
        assertFalse(page.contains("PekoeHandlerIndex"), page);
    }

    @Test
    void packageWithOnlyHandlersStartsWithAnEmptyScriptProviderAndItsHandlerIndex() throws IOException {
        String page = page("pages.handlers");
        assertTrue(page.contains(HANDLERS_ONLY), page);
        assertEquals(1, count(page, START), page);
        assertFalse(page.contains("PekoeScriptIndex"), page);
    }

    @Test
    void packageWithOnlyWhenBindingsCountsAsHavingHandlers() throws IOException {
        assertTrue(page("pages.bound").contains(HANDLERS_ONLY), page("pages.bound"));
    }

    @Test
    void packageWithScriptsAndHandlersStartsBothIndexes() throws IOException {
        String page = page("pages.both");
        assertTrue(page.contains(BOTH), page);
        assertEquals(1, count(page, START), page);
    }

    @Test
    void pageIsAFinalClassWithAPrivateConstructorAndAPublicStaticMain() throws IOException {
        String page = page("pages.both");
        assertTrue(page.contains("public final class PekoePage {"), page);
        assertTrue(page.contains("private PekoePage() {"), page);
        assertTrue(page.contains("public static void main(String[] args) {"), page);
    }

    @Test
    void everyAnnotatedPackageGetsItsOwnPageAndNoOtherDoes() throws IOException {
        try (Stream<Path> files = Files.walk(project.generated)) {
            List<String> pages = files.filter(file -> file.getFileName().toString().equals("PekoePage.java"))
                    .map(file -> project.generated.relativize(file).toString().replace('\\', '/'))
                    .sorted().collect(Collectors.toList());
            assertEquals(List.of("pages/both/PekoePage.java", "pages/bound/PekoePage.java",
                    "pages/handlers/PekoePage.java", "pages/scripts/PekoePage.java"), pages);
        }
        assertFalse(Files.exists(project.generatedPath("pages.plain", "PekoePage")), project.report());
    }

    @Test
    void everyPageAndIndexIsCompiled() {
        for (String pkg : List.of("pages.scripts", "pages.handlers", "pages.both", "pages.bound")) {
            assertTrue(Files.isRegularFile(project.classFile(pkg, "PekoePage")), pkg + "\n" + project.report());
        }
        assertTrue(Files.isRegularFile(project.classFile("pages.scripts", "PekoeScriptIndex")), project.report());
        assertTrue(Files.isRegularFile(project.classFile("pages.both", "PekoeScriptIndex")), project.report());
        assertTrue(Files.isRegularFile(project.classFile("pages.both", "PekoeHandlerIndex")), project.report());
        assertTrue(Files.isRegularFile(project.classFile("pages.handlers", "PekoeHandlerIndex")), project.report());
        assertFalse(Files.exists(project.classFile("pages.handlers", "PekoeScriptIndex")), project.report());
        assertFalse(Files.exists(project.classFile("pages.scripts", "PekoeHandlerIndex")), project.report());
    }

    @Test
    void compiledPageHasAPublicStaticMainAndOnlyAPrivateConstructor() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            Class<?> page = Class.forName("pages.both.PekoePage", false, loader);
            assertTrue(Modifier.isPublic(page.getModifiers()));
            assertTrue(Modifier.isFinal(page.getModifiers()));
            Method main = page.getMethod("main", String[].class);
            assertTrue(Modifier.isStatic(main.getModifiers()));
            assertEquals(void.class, main.getReturnType());
            Constructor<?>[] constructors = page.getDeclaredConstructors();
            assertEquals(1, constructors.length);
            assertTrue(Modifier.isPrivate(constructors[0].getModifiers()));
        }
    }

    @Test
    void serviceFilesStillListEveryIndex() throws IOException {
        assertEquals(List.of("pages.both.PekoeScriptIndex", "pages.scripts.PekoeScriptIndex"),
                project.resourceLines("META-INF/services/io.github.pekoe.internal.script.ScriptProvider"));
        assertEquals(List.of("pages.both.PekoeHandlerIndex", "pages.bound.PekoeHandlerIndex",
                "pages.handlers.PekoeHandlerIndex"),
                project.resourceLines("META-INF/services/io.github.pekoe.internal.event.HandlerProvider"));
    }

    @Test
    void packagesWithoutExportsOrWorkerScriptsDoNotEnableWorkers() throws IOException {
        for (String pkg : List.of("pages.scripts", "pages.handlers", "pages.both", "pages.bound")) {
            String page = page(pkg);
            assertFalse(page.contains("enableWorkers"), page);
            assertFalse(page.contains("PekoeExportIndex"), page);
            assertTrue(page.contains(MAIN + START), page);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Workers: a package with only exports, one with a worker script, one with a script that is not
    // a worker, one with scripts, handlers, exports and a worker script

    @TempDir
    static Path workersDir;
    static ProcessorCompilation workers;

    @BeforeAll
    static void compileWorkers() throws IOException {
        workers = compile(workersDir,
                "pages/exports/Calc.java", "package pages.exports;\n"
                        + "public class Calc {\n"
                        + "    @io.github.pekoe.Export\n"
                        + "    public static long add(long a, long b) { return a + b; }\n"
                        + "    @io.github.pekoe.Export(\"calc-greet\")\n"
                        + "    public static String greet(String name) { return \"Hello, \" + name; }\n"
                        + "}\n",
                "pages/workerscript/Job.java", "package pages.workerscript;\n"
                        + "@io.github.pekoe.Script(value = \"w\", worker = true)\n"
                        + "public class Job {\n"
                        + "    public static void main(String[] args) {}\n"
                        + "}\n",
                "pages/pagescript/Job.java", "package pages.pagescript;\n"
                        + "@io.github.pekoe.Script(value = \"pe-page\", worker = false)\n"
                        + "public class Job {\n"
                        + "    public static void main(String[] args) {}\n"
                        + "}\n",
                "pages/all/Worker.java", "package pages.all;\n"
                        + "@io.github.pekoe.Script(value = \"pe-all-worker\", worker = true)\n"
                        + "public class Worker {\n"
                        + "    public static void main(String[] args) {}\n"
                        + "    @io.github.pekoe.Export(\"all-work\")\n"
                        + "    public static void work() {}\n"
                        + "}\n",
                "pages/all/Page.java", "package pages.all;\n"
                        + "@io.github.pekoe.Script(\"pe-all\")\n"
                        + "public class Page {\n"
                        + "    public static void main(String[] args) {}\n"
                        + "    @io.github.pekoe.Handler(\"pe-all-handler\")\n"
                        + "    public static void handle() {}\n"
                        + "}\n");
    }

    private static String workersPage(String pkg) throws IOException {
        return workers.generatedSource(pkg, "PekoePage");
    }

    @Test
    void projectWithExportsAndWorkerScriptsCompilesWithoutErrors() {
        workers.assertSuccess();
    }

    @Test
    void packageWithAnExportEnablesWorkersThenStartsItsExportIndex() throws IOException {
        String page = workersPage("pages.exports");
        assertTrue(page.startsWith("package pages.exports;\n"), page);
        assertTrue(page.contains(MAIN + ENABLE_WORKERS + "\n        " + ADD_EXPORTS + "\n        "
                + START + "catalog -> { }, null);\n    }"), page);
        assertEquals(1, count(page, ENABLE_WORKERS), page);
        assertEquals(1, count(page, START), page);
        assertFalse(page.contains("PekoeScriptIndex"), page);
        assertFalse(page.contains("PekoeHandlerIndex"), page);
    }

    @Test
    void packageWithAWorkerScriptEnablesWorkersWithoutAnExportIndex() throws IOException {
        String page = workersPage("pages.workerscript");
        assertTrue(page.contains(MAIN + ENABLE_WORKERS + "\n        " + SCRIPTS_ONLY + "\n    }"), page);
        assertEquals(1, count(page, ENABLE_WORKERS), page);
        assertFalse(page.contains("PekoeExportIndex"), page);
    }

    @Test
    void packageWithAScriptThatSaysWorkerFalseDoesNotEnableWorkers() throws IOException {
        String page = workersPage("pages.pagescript");
        assertTrue(page.contains(MAIN + SCRIPTS_ONLY + "\n    }"), page);
        assertFalse(page.contains("enableWorkers"), page);
    }

    @Test
    void packageWithScriptsHandlersExportsAndAWorkerScriptEnablesWorkersOnceAndStartsAllThree() throws IOException {
        String page = workersPage("pages.all");
        assertTrue(page.contains(MAIN + ENABLE_WORKERS + "\n        " + ADD_EXPORTS + "\n        "
                + START + "new PekoeScriptIndex(), new PekoeHandlerIndex());\n    }"), page);
        assertEquals(1, count(page, ENABLE_WORKERS), page);
        assertEquals(1, count(page, START), page);
        assertEquals(1, count(page, "public final class PekoePage"), page);
    }

    @Test
    void exportPagesAndIndexesAreCompiledAndListed() throws Exception {
        for (String pkg : List.of("pages.exports", "pages.workerscript", "pages.pagescript", "pages.all")) {
            assertTrue(Files.isRegularFile(workers.classFile(pkg, "PekoePage")), pkg + "\n" + workers.report());
        }
        assertTrue(Files.isRegularFile(workers.classFile("pages.exports", "PekoeExportIndex")), workers.report());
        assertTrue(Files.isRegularFile(workers.classFile("pages.all", "PekoeExportIndex")), workers.report());
        assertFalse(Files.exists(workers.classFile("pages.workerscript", "PekoeExportIndex")), workers.report());
        assertEquals(List.of("pages.all.PekoeExportIndex", "pages.exports.PekoeExportIndex"),
                workers.resourceLines("META-INF/services/io.github.pekoe.internal.worker.ExportProvider"));
        try (URLClassLoader loader = workers.loader()) {
            Method main = Class.forName("pages.exports.PekoePage", false, loader).getMethod("main", String[].class);
            assertTrue(Modifier.isStatic(main.getModifiers()));
        }
    }

    @Test
    void exportInTheUnnamedPackageGetsAPageThatEnablesWorkers(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "Top.java",
                "public class Top {\n"
                        + "    @io.github.pekoe.Export public static void top() {}\n"
                        + "}\n");
        c.assertSuccess();
        String page = c.generatedSource("", "PekoePage");
        assertFalse(page.contains("package "), page);
        assertTrue(page.contains(MAIN + ENABLE_WORKERS + "\n        " + ADD_EXPORTS + "\n        "
                + START + "catalog -> { }, null);"), page);
    }

    @Test
    void workerCodeThatNamesTheWebApiEnablesItAfterWorkers(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir,
                "imports/Table.java", "package imports;\n"
                        + "import static io.github.pekoe.web.Web.*;\n"
                        + "@io.github.pekoe.Script(value = \"pe-table\", worker = true)\n"
                        + "public class Table {\n"
                        + "    public static void main(String[] args) { page.body().append(div(\"x\")); }\n"
                        + "}\n",
                "qualified/Reader.java", "package qualified;\n"
                        + "public class Reader {\n"
                        + "    @io.github.pekoe.Export\n"
                        + "    public static String title() { return io.github.pekoe.web.Web.page.body().text(); }\n"
                        + "}\n");
        c.assertSuccess();
        for (String pkg : List.of("imports", "qualified")) {
            String page = c.generatedSource(pkg, "PekoePage");
            assertTrue(page.contains(ENABLE_WORKERS + "\n        " + ENABLE_WORKER_WEB + "\n"), page);
            assertEquals(1, count(page, ENABLE_WORKER_WEB), page);
        }
    }

    @Test
    void theWebApiOnlyInPageCodeOrWorkersWithoutItDoNotEnableItInWorkers(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir,
                "mixed/Page.java", "package mixed;\n"
                        + "import io.github.pekoe.web.Element;\n"
                        + "@io.github.pekoe.Script(\"pe-mixed-page\")\n"
                        + "public class Page {\n"
                        + "    public static void main(String[] args) { Element.create(\"p\"); }\n"
                        + "}\n",
                "mixed/Count.java", "package mixed;\n"
                        + "@io.github.pekoe.Script(value = \"pe-mixed-count\", worker = true)\n"
                        + "public class Count {\n"
                        + "    public static void main(String[] args) { }\n"
                        + "    @io.github.pekoe.Export\n"
                        + "    public static long twice(long n) { return 2 * n; }\n"
                        + "}\n",
                "pageonly/Page.java", "package pageonly;\n"
                        + "import static io.github.pekoe.web.Web.*;\n"
                        + "@io.github.pekoe.Script(\"pe-page-only\")\n"
                        + "public class Page {\n"
                        + "    public static void main(String[] args) { page.body(); }\n"
                        + "}\n");
        c.assertSuccess();
        String mixed = c.generatedSource("mixed", "PekoePage");
        assertTrue(mixed.contains(ENABLE_WORKERS), mixed);
        assertFalse(mixed.contains(ENABLE_WORKER_WEB), mixed);
        String pageOnly = c.generatedSource("pageonly", "PekoePage");
        assertFalse(pageOnly.contains(ENABLE_WORKER_WEB), pageOnly);
        assertFalse(pageOnly.contains(ENABLE_WORKERS), pageOnly);
    }

    @Test
    void workerCodeThatBindsEventsEnablesWorkerEventsAfterTheWebApi(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir,
                "binds/Clicks.java", "package binds;\n"
                        + "import static io.github.pekoe.web.Web.*;\n"
                        + "@io.github.pekoe.Script(value = \"pe-binds\", worker = true)\n"
                        + "public class Clicks {\n"
                        + "    public static void main(String[] args) { page.get(\"b\").on(\"click\", () -> { }); }\n"
                        + "}\n",
                "factory/Made.java", "package factory;\n"
                        + "import static io.github.pekoe.web.Web.*;\n"
                        + "@io.github.pekoe.Script(value = \"pe-factory\", worker = true)\n"
                        + "public class Made {\n"
                        + "    public static void main(String[] args) { page.body().append(button(\"Go\", onClick(() -> { }))); }\n"
                        + "}\n",
                "reads/Reads.java", "package reads;\n"
                        + "import static io.github.pekoe.web.Web.*;\n"
                        + "@io.github.pekoe.Script(value = \"pe-reads\", worker = true)\n"
                        + "public class Reads {\n"
                        + "    public static void main(String[] args) { page.get(\"b\").onClick(); }\n"
                        + "}\n");
        c.assertSuccess();
        for (String pkg : List.of("binds", "factory")) {
            String page = c.generatedSource(pkg, "PekoePage");
            assertTrue(page.contains(ENABLE_WORKER_WEB + "\n        " + ENABLE_WORKER_EVENTS + "\n"), page);
        }
        String reads = c.generatedSource("reads", "PekoePage");
        assertTrue(reads.contains(ENABLE_WORKER_WEB), reads);
        assertFalse(reads.contains(ENABLE_WORKER_EVENTS), reads);
    }

    @Test
    void misusedExportReportsOnlyTheExportError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Export public String notStatic() { return \"\"; }\n"
                        + "}\n");
        c.assertOnlyError("an @Export method must be static", "Bad.java");
    }

    // ---------------------------------------------------------------------------------------------
    // Other shapes

    @Test
    void twoPackagesGetTwoPages(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir,
                "one/One.java", "package one;\n"
                        + "@io.github.pekoe.Script(\"pe-one\")\n"
                        + "public class One { public static void main(String[] args) {} }\n",
                "two/Two.java", "package two;\n"
                        + "public class Two {\n"
                        + "    @io.github.pekoe.Handler public static void peTwo() {}\n"
                        + "}\n");
        c.assertSuccess();
        assertTrue(c.generatedSource("one", "PekoePage").contains(SCRIPTS_ONLY), c.report());
        assertTrue(c.generatedSource("two", "PekoePage").contains(HANDLERS_ONLY), c.report());
        assertTrue(Files.isRegularFile(c.classFile("one", "PekoePage")), c.report());
        assertTrue(Files.isRegularFile(c.classFile("two", "PekoePage")), c.report());
    }

    @Test
    void scriptsAndHandlersInDifferentClassesOfOnePackageShareOnePage(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir,
                "site/Main.java", "package site;\n"
                        + "@io.github.pekoe.Script(\"pe-main\")\n"
                        + "public class Main { public static void main(String[] args) {} }\n",
                "site/Clicks.java", "package site;\n"
                        + "public class Clicks {\n"
                        + "    @io.github.pekoe.When(event = \"click\", selector = \"button\")\n"
                        + "    public static void clicked() {}\n"
                        + "}\n");
        c.assertSuccess();
        String page = c.generatedSource("site", "PekoePage");
        assertTrue(page.contains(BOTH), page);
        assertEquals(1, count(page, "public final class PekoePage"), page);
    }

    @Test
    void scriptInTheUnnamedPackageGetsAPageWithoutPackage(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "Hello.java",
                "@io.github.pekoe.Script(\"pe-top\")\n"
                        + "public class Hello { public static void main(String[] args) {} }\n");
        c.assertSuccess();
        String page = c.generatedSource("", "PekoePage");
        assertFalse(page.contains("package "), page);
        assertTrue(page.contains(SCRIPTS_ONLY), page);
        assertTrue(Files.isRegularFile(c.classFile("", "PekoePage")), c.report());
    }

    @Test
    void withoutScriptsOrHandlersNoPageIsGenerated(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "plain/Plain.java", "package plain;\npublic class Plain {}\n");
        c.assertSuccess();
        assertFalse(Files.exists(c.generatedPath("plain", "PekoePage")), c.report());
    }

    @Test
    void misusedScriptReportsOnlyTheScriptError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Idle.java",
                "package demo;\n"
                        + "@io.github.pekoe.Script(\"pe-idle\")\n"
                        + "public class Idle { public void start() {} }\n");
        c.assertOnlyError("a @Script class needs 'public static void main(String[])' or must implement Runnable"
                + " with a public no-argument constructor", "Idle.java");
    }

    @Test
    void misusedHandlerReportsOnlyTheHandlerError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Handler public void notStatic() {}\n"
                        + "}\n");
        c.assertOnlyError("a handler must be a static method", "Bad.java");
    }

    // ---------------------------------------------------------------------------------------------
    // @TomlConfig: the page entry carries the TOML reader only when its package asks

    private static final String ENABLE_TOML = "io.github.pekoe.boot.Bootstrap.enableToml();";

    @Test
    void tomlConfigOnAClassOrOnThePackageEnablesTomlBeforeStartingAndOtherPackagesDoNot(@TempDir Path root)
            throws IOException {
        ProcessorCompilation toml = compile(root,
                "pages/tomlclass/Show.java", "package pages.tomlclass;\n"
                        + "@io.github.pekoe.TomlConfig\n"
                        + "@io.github.pekoe.Script(\"toml-show\")\n"
                        + "public class Show {\n"
                        + "    public static void main(String[] args) {}\n"
                        + "}\n",
                "pages/tomlpackage/package-info.java", "@io.github.pekoe.TomlConfig\n"
                        + "package pages.tomlpackage;\n",
                "pages/tomlpackage/Buttons.java", "package pages.tomlpackage;\n"
                        + "public class Buttons {\n"
                        + "    @io.github.pekoe.Handler(\"toml-click\")\n"
                        + "    public static void click() {}\n"
                        + "}\n",
                "pages/tomlonly/package-info.java", "@io.github.pekoe.TomlConfig\n"
                        + "package pages.tomlonly;\n",
                "pages/jsononly/Show.java", "package pages.jsononly;\n"
                        + "@io.github.pekoe.Script(value = \"json-show\", worker = true)\n"
                        + "public class Show {\n"
                        + "    public static void main(String[] args) {}\n"
                        + "}\n");
        toml.assertSuccess();
        assertTrue(toml.generatedSource("pages.tomlclass", "PekoePage").contains(MAIN + ENABLE_TOML + "\n        "
                + SCRIPTS_ONLY + "\n    }"), toml.generatedSource("pages.tomlclass", "PekoePage"));
        assertTrue(toml.generatedSource("pages.tomlpackage", "PekoePage").contains(MAIN + ENABLE_TOML
                + "\n        " + HANDLERS_ONLY + "\n    }"), toml.generatedSource("pages.tomlpackage", "PekoePage"));
        assertTrue(toml.generatedSource("pages.tomlonly", "PekoePage").contains(MAIN + ENABLE_TOML + "\n        "
                + START + "catalog -> { }, null);\n    }"), toml.generatedSource("pages.tomlonly", "PekoePage"));
        String json = toml.generatedSource("pages.jsononly", "PekoePage");
        assertTrue(json.contains(MAIN + ENABLE_WORKERS + "\n        " + SCRIPTS_ONLY + "\n    }"), json);
        assertFalse(json.contains("enableToml"), json);
        for (String pkg : List.of("pages.tomlclass", "pages.tomlpackage", "pages.tomlonly")) {
            assertEquals(1, count(toml.generatedSource(pkg, "PekoePage"), ENABLE_TOML), pkg);
            assertTrue(Files.isRegularFile(toml.classFile(pkg, "PekoePage")), pkg + "\n" + toml.report());
        }
        assertFalse(page("pages.both").contains("enableToml"), page("pages.both"));
    }

    // ---------------------------------------------------------------------------------------------
    // @FilesConfig: the page entry carries the config's files loader only when its package asks

    private static final String ENABLE_FILES = "io.github.pekoe.boot.Bootstrap.enableFiles();";

    @Test
    void filesConfigEnablesFilesBeforeStartingAndOtherPackagesDoNot(@TempDir Path root) throws IOException {
        ProcessorCompilation files = compile(root,
                "pages/filesclass/Show.java", "package pages.filesclass;\n"
                        + "@io.github.pekoe.FilesConfig\n"
                        + "@io.github.pekoe.Script(\"files-show\")\n"
                        + "public class Show {\n"
                        + "    public static void main(String[] args) {}\n"
                        + "}\n",
                "pages/both/package-info.java", "@io.github.pekoe.FilesConfig @io.github.pekoe.TomlConfig\n"
                        + "package pages.both;\n",
                "pages/plain/Show.java", "package pages.plain;\n"
                        + "@io.github.pekoe.Script(\"plain-show\")\n"
                        + "public class Show {\n"
                        + "    public static void main(String[] args) {}\n"
                        + "}\n");
        files.assertSuccess();
        assertTrue(files.generatedSource("pages.filesclass", "PekoePage").contains(MAIN + ENABLE_FILES + "\n        "
                + SCRIPTS_ONLY + "\n    }"), files.generatedSource("pages.filesclass", "PekoePage"));
        assertTrue(files.generatedSource("pages.both", "PekoePage").contains(MAIN + ENABLE_TOML + "\n        "
                + ENABLE_FILES + "\n        " + START + "catalog -> { }, null);\n    }"),
                files.generatedSource("pages.both", "PekoePage"));
        assertFalse(files.generatedSource("pages.plain", "PekoePage").contains("enableFiles"),
                files.generatedSource("pages.plain", "PekoePage"));
    }

    @Test
    void filesConfigWithArchivesEnablesTheArchiveReadersAfterTheFilesAndPlainFilesConfigDoesNot(@TempDir Path root)
            throws IOException {
        ProcessorCompilation files = compile(root,
                "pages/archives/package-info.java", "@io.github.pekoe.FilesConfig(archives = true)\n"
                        + "package pages.archives;\n",
                "pages/archives/Show.java", "package pages.archives;\n"
                        + "@io.github.pekoe.Script(\"archives-show\")\n"
                        + "public class Show {\n"
                        + "    public static void main(String[] args) {}\n"
                        + "}\n",
                "pages/plainfiles/Show.java", "package pages.plainfiles;\n"
                        + "@io.github.pekoe.FilesConfig(archives = false)\n"
                        + "@io.github.pekoe.Script(\"plainfiles-show\")\n"
                        + "public class Show {\n"
                        + "    public static void main(String[] args) {}\n"
                        + "}\n");
        files.assertSuccess();
        assertTrue(files.generatedSource("pages.archives", "PekoePage").contains(MAIN + ENABLE_FILES + "\n        "
                + "io.github.pekoe.boot.Bootstrap.enableArchives();\n        " + SCRIPTS_ONLY + "\n    }"),
                files.generatedSource("pages.archives", "PekoePage"));
        assertTrue(files.generatedSource("pages.plainfiles", "PekoePage").contains(MAIN + ENABLE_FILES + "\n        "
                + SCRIPTS_ONLY + "\n    }"), files.generatedSource("pages.plainfiles", "PekoePage"));
    }
}
