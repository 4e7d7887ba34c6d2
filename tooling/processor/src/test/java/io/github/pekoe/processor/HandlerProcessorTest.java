package io.github.pekoe.processor;

import static io.github.pekoe.processor.ProcessorCompilation.callsOf;
import static io.github.pekoe.processor.ProcessorCompilation.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.EventHandler;
import io.github.pekoe.internal.event.HandlerCatalog;
import io.github.pekoe.internal.event.HandlerProvider;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs {@link HandlerProcessor} inside javac on small source trees and checks what it generates and reports. */
class HandlerProcessorTest {

    private static final String SERVICE = "META-INF/services/io.github.pekoe.internal.event.HandlerProvider";
    private static final String MOUSE_EVENT = "(org.teavm.jso.dom.events.MouseEvent) event";
    private static final String NOT_STATIC = "a handler must be a static method";
    private static final String PRIVATE = "a handler must not be private, nor inside a private class";
    private static final String BAD_PARAMETERS = "a handler takes nothing or the event (org.teavm.jso.dom.events.Event"
            + " or a subtype such as MouseEvent)";
    private static final String WHEN_NEEDS_BOTH = "@When needs an event and a selector, or a signal";

    static ProcessorCompilation compile(Path root, String... pathsAndSources) throws IOException {
        return ProcessorCompilation.compile(root, HandlerProcessor.class.getName(), pathsAndSources);
    }

    private static HandlerProvider newIndex(ClassLoader loader, String className) throws Exception {
        return assertInstanceOf(HandlerProvider.class, loader.loadClass(className).getConstructor().newInstance());
    }

    private static Object staticField(ClassLoader loader, String className, String field) throws Exception {
        return loader.loadClass(className).getField(field).get(null);
    }

    /** Calls one of HandlerCatalog's package-private accessors of the start-up bindings. */
    private static Object whenAccessor(HandlerCatalog catalog, String name, Object... arguments) throws Exception {
        Method method = arguments.length == 0
                ? HandlerCatalog.class.getDeclaredMethod(name)
                : HandlerCatalog.class.getDeclaredMethod(name, int.class);
        method.setAccessible(true);
        return method.invoke(catalog, arguments);
    }

    /** The start-up bindings of {@code catalog} as "event selector" strings. */
    private static List<String> whens(HandlerCatalog catalog) throws Exception {
        List<String> whens = new ArrayList<>();
        int count = (Integer) whenAccessor(catalog, "whenCount");
        for (int i = 0; i < count; i++) {
            whens.add(whenAccessor(catalog, "whenEvent", i) + " " + whenAccessor(catalog, "whenSelector", i));
        }
        return whens;
    }

    private static EventHandler whenHandler(HandlerCatalog catalog, int i) throws Exception {
        return (EventHandler) whenAccessor(catalog, "whenHandler", i);
    }

    // ---------------------------------------------------------------------------------------------
    // A valid project: two packages, named and default-named handlers, @When bindings

    @TempDir
    static Path projectDir;
    static ProcessorCompilation project;

    @BeforeAll
    static void compileProject() throws IOException {
        project = compile(projectDir,
                "demo/Buttons.java", "package demo;\n"
                        + "import io.github.pekoe.Handler;\n"
                        + "import io.github.pekoe.When;\n"
                        + "import org.teavm.jso.dom.events.Event;\n"
                        + "import org.teavm.jso.dom.events.MouseEvent;\n"
                        + "public class Buttons {\n"
                        + "    public static int resets;\n"
                        + "    public static String seen = \"\";\n"
                        + "    public static int clicks;\n"
                        + "    public static int twiceCalls;\n"
                        + "    @Handler\n"
                        + "    public static void hptReset() { resets++; }\n"
                        + "    @Handler(\"hpt-greet\")\n"
                        + "    public static void greet(MouseEvent event) { seen += \"greet:\" + event; }\n"
                        + "    @Handler(\"\")\n"
                        + "    public static void hptAnyEvent(Event event) { seen += \"any:\" + event; }\n"
                        + "    @Handler(value = \"hpt-failing\")\n"
                        + "    public static void failing() throws java.io.IOException {\n"
                        + "        throw new java.io.IOException(\"handler failed\");\n"
                        + "    }\n"
                        + "    @When(event = \"click\", selector = \"#b\")\n"
                        + "    public static void clicked(MouseEvent event) { clicks++; }\n"
                        + "    @When(event = \"mouseover\", selector = \".card\")\n"
                        + "    @When(event = \"keyup\", selector = \"input[name=q]\")\n"
                        + "    public static void twice() { twiceCalls++; }\n"
                        + "    @Handler(\"hpt-both\")\n"
                        + "    @When(event = \"change\", selector = \"select\")\n"
                        + "    static void both() { seen += \"both\"; }\n"
                        + "    public static class Nested {\n"
                        + "        public static boolean ran;\n"
                        + "        @Handler(\"hpt-nested\")\n"
                        + "        public static void nested() { ran = true; }\n"
                        + "    }\n"
                        + "}\n",
                "demo/Plain.java", "package demo;\n"
                        + "public class Plain {\n"
                        + "    public static void notAHandler() {}\n"
                        + "}\n",
                "demo/more/Other.java", "package demo.more;\n"
                        + "public class Other {\n"
                        + "    public static String seen = \"\";\n"
                        + "    @io.github.pekoe.Handler(\"hpt-more\")\n"
                        + "    protected static void other() { seen += \"more\"; }\n"
                        + "    @io.github.pekoe.When(event = \" input \", selector = \" #q \")\n"
                        + "    public static void typed(org.teavm.jso.dom.events.KeyboardEvent event) { seen += \"typed\"; }\n"
                        + "}\n");
    }

    @Test
    void validProjectCompilesWithoutErrors() {
        project.assertSuccess();
    }

    @Test
    void generatesAHandlerIndexPerPackageImplementingHandlerProvider() throws IOException {
        String demo = project.generatedSource("demo", "PekoeHandlerIndex");
        assertTrue(demo.startsWith("package demo;\n"), demo);
        assertTrue(demo.contains("public final class PekoeHandlerIndex implements io.github.pekoe.internal.event.HandlerProvider"),
                demo);
        assertTrue(demo.contains("public void registerHandlers(io.github.pekoe.internal.event.HandlerCatalog catalog)"), demo);
        assertTrue(demo.contains("private static final class Entry implements io.github.pekoe.internal.event.DomHandler"),
                demo);
        assertTrue(demo.contains("public void handleDom(org.teavm.jso.dom.events.Event event) throws Exception"), demo);
        assertFalse(demo.contains("Plain"), demo);
        assertFalse(demo.contains("more"), demo);

        String more = project.generatedSource("demo.more", "PekoeHandlerIndex");
        assertTrue(more.startsWith("package demo.more;\n"), more);
        assertFalse(more.contains("demo.Buttons"), more);
        assertFalse(Files.exists(project.generatedPath("", "PekoeHandlerIndex")), project.report());
    }

    @Test
    void compilesTheGeneratedIndexes() {
        assertTrue(Files.isRegularFile(project.classFile("demo", "PekoeHandlerIndex")), project.report());
        assertTrue(Files.isRegularFile(project.classFile("demo.more", "PekoeHandlerIndex")), project.report());
    }

    @Test
    void handlerWithoutNameIsRegisteredUnderTheMethodName() throws IOException {
        String demo = project.generatedSource("demo", "PekoeHandlerIndex");
        assertEquals(List.of("demo.Buttons.hptReset()"), callsOf(demo, "catalog.add(\"hptReset\", new Entry("), demo);
    }

    @Test
    void handlerWithAnEmptyNameIsRegisteredUnderTheMethodName() throws IOException {
        String demo = project.generatedSource("demo", "PekoeHandlerIndex");
        assertEquals(List.of("demo.Buttons.hptAnyEvent((org.teavm.jso.dom.events.Event) event)"),
                callsOf(demo, "catalog.add(\"hptAnyEvent\", new Entry("), demo);
    }

    @Test
    void handlerNameInTheAnnotationOverridesTheMethodName() throws IOException {
        String demo = project.generatedSource("demo", "PekoeHandlerIndex");
        assertEquals(List.of("demo.Buttons.greet(" + MOUSE_EVENT + ")"),
                callsOf(demo, "catalog.add(\"hpt-greet\", new Entry("), demo);
        assertEquals(List.of("demo.Buttons.failing()"), callsOf(demo, "catalog.add(\"hpt-failing\", new Entry("), demo);
        assertFalse(demo.contains("catalog.add(\"greet\""), demo);
        assertFalse(demo.contains("catalog.add(\"failing\""), demo);
    }

    @Test
    void handlerInANestedStaticClassIsCalledThroughItsQualifiedName() throws IOException {
        String demo = project.generatedSource("demo", "PekoeHandlerIndex");
        assertEquals(List.of("demo.Buttons.Nested.nested()"), callsOf(demo, "catalog.add(\"hpt-nested\", new Entry("),
                demo);
    }

    @Test
    void whenRegistersTheEventAndSelectorWithACallThatCastsTheEvent() throws IOException {
        String demo = project.generatedSource("demo", "PekoeHandlerIndex");
        assertEquals(List.of("demo.Buttons.clicked(" + MOUSE_EVENT + ")"),
                callsOf(demo, "catalog.when(\"click\", \"#b\", new Entry("), demo);
    }

    @Test
    void twoWhenOnOneMethodBothRegisterAndCallTheMethodWithoutArgument() throws IOException {
        String demo = project.generatedSource("demo", "PekoeHandlerIndex");
        assertEquals(List.of("demo.Buttons.twice()"), callsOf(demo, "catalog.when(\"mouseover\", \".card\", new Entry("),
                demo);
        assertEquals(List.of("demo.Buttons.twice()"),
                callsOf(demo, "catalog.when(\"keyup\", \"input[name=q]\", new Entry("), demo);
    }

    @Test
    void handlerAndWhenOnOneMethodBothRegister() throws IOException {
        String demo = project.generatedSource("demo", "PekoeHandlerIndex");
        assertEquals(List.of("demo.Buttons.both()"), callsOf(demo, "catalog.add(\"hpt-both\", new Entry("), demo);
        assertEquals(List.of("demo.Buttons.both()"), callsOf(demo, "catalog.when(\"change\", \"select\", new Entry("),
                demo);
    }

    @Test
    void eachRegistrationHasItsOwnEntryNumberAndSwitchCase() throws IOException {
        String demo = project.generatedSource("demo", "PekoeHandlerIndex");
        assertEquals(6, count(demo, "catalog.add("), demo);
        assertEquals(4, count(demo, "catalog.when("), demo);
        for (int id = 0; id < 10; id++) {
            assertEquals(1, count(demo, "new Entry(" + id + "));"), demo);
            assertNotNull(ProcessorCompilation.caseCall(demo, id), demo);
        }
        assertEquals(0, count(demo, "new Entry(10));"), demo);
        assertTrue(demo.contains("throw new IllegalStateException(\"no entry number \" + id);"), demo);
    }

    @Test
    void whenEventAndSelectorAreTrimmedAndSubtypesOfEventAreCastToTheirType() throws IOException {
        String more = project.generatedSource("demo.more", "PekoeHandlerIndex");
        assertEquals(List.of("demo.more.Other.other()"), callsOf(more, "catalog.add(\"hpt-more\", new Entry("), more);
        assertEquals(List.of("demo.more.Other.typed((org.teavm.jso.dom.events.KeyboardEvent) event)"),
                callsOf(more, "catalog.when(\"input\", \"#q\", new Entry("), more);
        assertEquals(1, count(more, "catalog.add("), more);
        assertEquals(1, count(more, "catalog.when("), more);
    }

    @Test
    void serviceFileListsEachIndexClassOnce() throws IOException {
        assertEquals(List.of("demo.PekoeHandlerIndex", "demo.more.PekoeHandlerIndex"), project.resourceLines(SERVICE));
    }

    @Test
    void indexRegistersItsPackagesHandlersAndBindingsInANewCatalog() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            HandlerCatalog demo = new HandlerCatalog();
            newIndex(loader, "demo.PekoeHandlerIndex").registerHandlers(demo);
            List<String> names = demo.names();
            names.sort(null);
            assertEquals(List.of("hpt-both", "hpt-failing", "hpt-greet", "hpt-nested", "hptAnyEvent", "hptReset"),
                    names);
            List<String> whens = whens(demo);
            whens.sort(null);
            assertEquals(List.of("change select", "click #b", "keyup input[name=q]", "mouseover .card"), whens);

            HandlerCatalog more = new HandlerCatalog();
            newIndex(loader, "demo.more.PekoeHandlerIndex").registerHandlers(more);
            assertEquals(List.of("hpt-more"), more.names());
            assertEquals(List.of("input #q"), whens(more));
        }
    }

    @Test
    void registeredHandlersRunTheirMethodsWithOrWithoutTheEvent() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            HandlerCatalog catalog = new HandlerCatalog();
            newIndex(loader, "demo.PekoeHandlerIndex").registerHandlers(catalog);
            assertEquals(0, staticField(loader, "demo.Buttons", "resets"));

            catalog.find("hptReset").handle(null);
            catalog.find("hptReset").handle(null);
            catalog.find("hpt-greet").handle(null);
            catalog.find("hptAnyEvent").handle(null);
            catalog.find("hpt-both").handle(null);
            catalog.find("hpt-nested").handle(null);

            assertEquals(2, staticField(loader, "demo.Buttons", "resets"));
            assertEquals("greet:nullany:nullboth", staticField(loader, "demo.Buttons", "seen"));
            assertEquals(true, staticField(loader, "demo.Buttons$Nested", "ran"));
        }
    }

    @Test
    void registeredBindingsRunTheirMethods() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            HandlerCatalog catalog = new HandlerCatalog();
            newIndex(loader, "demo.PekoeHandlerIndex").registerHandlers(catalog);
            List<String> whens = whens(catalog);
            whenHandler(catalog, whens.indexOf("click #b")).handle(null);
            whenHandler(catalog, whens.indexOf("mouseover .card")).handle(null);
            whenHandler(catalog, whens.indexOf("keyup input[name=q]")).handle(null);
            assertEquals(1, staticField(loader, "demo.Buttons", "clicks"));
            assertEquals(2, staticField(loader, "demo.Buttons", "twiceCalls"));
        }
    }

    @Test
    void checkedExceptionFromAHandlerReachesTheCaller() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            HandlerCatalog catalog = new HandlerCatalog();
            newIndex(loader, "demo.PekoeHandlerIndex").registerHandlers(catalog);
            IOException e = assertThrows(IOException.class, () -> catalog.find("hpt-failing").handle(null));
            assertEquals("handler failed", e.getMessage());
        }
    }

    @Test
    void indexRegistersIntoTheSharedCatalogAndFindReturnsARunnableHandler() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            HandlerCatalog shared = HandlerCatalog.shared();
            assertSame(shared, HandlerCatalog.shared());
            assertNull(shared.find("hpt-more"));
            newIndex(loader, "demo.more.PekoeHandlerIndex").registerHandlers(shared);

            EventHandler handler = shared.find("hpt-more");
            assertNotNull(handler, shared.names().toString());
            handler.handle(null);
            assertEquals("more", staticField(loader, "demo.more.Other", "seen"));
        }
    }

    @Test
    void serviceLoaderFindsEveryIndex() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            HandlerCatalog catalog = new HandlerCatalog();
            List<String> found = new ArrayList<>();
            for (HandlerProvider provider : ServiceLoader.load(HandlerProvider.class, loader)) {
                found.add(provider.getClass().getName());
                provider.registerHandlers(catalog);
            }
            found.sort(null);
            assertEquals(List.of("demo.PekoeHandlerIndex", "demo.more.PekoeHandlerIndex"), found);
            assertEquals(7, catalog.names().size(), catalog.names().toString());
            assertEquals(5, whens(catalog).size());
        }
    }

    @Test
    void registeringAnIndexTwiceInOneCatalogIsRejectedAsDuplicate() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            HandlerCatalog catalog = new HandlerCatalog();
            HandlerProvider index = newIndex(loader, "demo.more.PekoeHandlerIndex");
            index.registerHandlers(catalog);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> index.registerHandlers(catalog));
            assertEquals("a handler named 'hpt-more' is already registered", e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Other valid shapes

    @Test
    void handlerInTheUnnamedPackageGetsAnIndexWithoutPackage(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir, "Top.java",
                "public class Top {\n"
                        + "    public static int calls;\n"
                        + "    @io.github.pekoe.Handler(\"hpt-top\")\n"
                        + "    public static void top() { calls++; }\n"
                        + "}\n");
        c.assertSuccess();
        String index = c.generatedSource("", "PekoeHandlerIndex");
        assertFalse(index.contains("package "), index);
        assertEquals(List.of("Top.top()"), callsOf(index, "catalog.add(\"hpt-top\", new Entry("), index);
        assertEquals(List.of("PekoeHandlerIndex"), c.resourceLines(SERVICE));
        try (URLClassLoader loader = c.loader()) {
            HandlerCatalog catalog = new HandlerCatalog();
            newIndex(loader, "PekoeHandlerIndex").registerHandlers(catalog);
            catalog.find("hpt-top").handle(null);
            assertEquals(1, staticField(loader, "Top", "calls"));
        }
    }

    @Test
    void onlyWhenBindingsStillGetAnIndexAndAServiceEntry(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir, "demo/Bound.java",
                "package demo;\n"
                        + "public class Bound {\n"
                        + "    @io.github.pekoe.When(event = \"submit\", selector = \"form\")\n"
                        + "    public static void submitted() {}\n"
                        + "}\n");
        c.assertSuccess();
        String index = c.generatedSource("demo", "PekoeHandlerIndex");
        assertEquals(List.of("demo.Bound.submitted()"), callsOf(index, "catalog.when(\"submit\", \"form\", new Entry("),
                index);
        assertEquals(0, count(index, "catalog.add("), index);
        assertEquals(List.of("demo.PekoeHandlerIndex"), c.resourceLines(SERVICE));
    }

    @Test
    void handlerInAnInterfaceIsAccepted(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir, "demo/Actions.java",
                "package demo;\n"
                        + "public interface Actions {\n"
                        + "    @io.github.pekoe.Handler(\"hpt-interface\")\n"
                        + "    static void act() {}\n"
                        + "}\n");
        c.assertSuccess();
        String index = c.generatedSource("demo", "PekoeHandlerIndex");
        assertEquals(List.of("demo.Actions.act()"), callsOf(index, "catalog.add(\"hpt-interface\", new Entry("), index);
    }

    @Test
    void withoutHandlersNothingIsGenerated(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir, "demo/Plain.java", "package demo;\npublic class Plain {}\n");
        c.assertSuccess();
        assertFalse(Files.exists(c.generatedPath("demo", "PekoeHandlerIndex")), c.report());
        assertFalse(Files.exists(c.classes.resolve(SERVICE)), c.report());
    }

    // ---------------------------------------------------------------------------------------------
    // Misuse: each is a compile error on the method

    @Test
    void instanceMethodIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Handler\n"
                        + "    public void notStatic() {}\n"
                        + "}\n");
        c.assertOnlyError(NOT_STATIC, "Bad.java");
        assertEquals(4, c.errors().get(0).getLineNumber(), c.report());
    }

    @Test
    void instanceMethodWithWhenIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.When(event = \"click\", selector = \"#b\")\n"
                        + "    public void notStatic() {}\n"
                        + "}\n");
        c.assertOnlyError(NOT_STATIC, "Bad.java");
    }

    @Test
    void privateMethodIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Handler(\"hpt-private\")\n"
                        + "    private static void hidden() {}\n"
                        + "}\n");
        c.assertOnlyError(PRIVATE, "Bad.java");
        assertEquals(4, c.errors().get(0).getLineNumber(), c.report());
    }

    @Test
    void methodInAPrivateNestedClassIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    private static class Hidden {\n"
                        + "        @io.github.pekoe.Handler(\"hpt-hidden\")\n"
                        + "        public static void visible() {}\n"
                        + "    }\n"
                        + "}\n");
        c.assertOnlyError(PRIVATE, "Bad.java");
    }

    @Test
    void methodInAClassNestedInsideAPrivateClassIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    private static class Hidden {\n"
                        + "        public static class Inner {\n"
                        + "            @io.github.pekoe.When(event = \"click\", selector = \"#b\")\n"
                        + "            public static void visible() {}\n"
                        + "        }\n"
                        + "    }\n"
                        + "}\n");
        c.assertOnlyError(PRIVATE, "Bad.java");
    }

    @Test
    void twoParametersAreAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "import org.teavm.jso.dom.events.MouseEvent;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Handler(\"hpt-two\")\n"
                        + "    public static void two(MouseEvent a, MouseEvent b) {}\n"
                        + "}\n");
        c.assertOnlyError(BAD_PARAMETERS, "Bad.java");
        assertEquals(5, c.errors().get(0).getLineNumber(), c.report());
    }

    @ParameterizedTest
    @ValueSource(strings = {"String text", "Object event", "int count", "org.teavm.jso.JSObject event",
        "org.teavm.jso.dom.events.MouseEvent... events"})
    void parameterThatIsNotADomEventIsAnError(String parameter, @TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Handler(\"hpt-param\")\n"
                        + "    public static void param(" + parameter + ") {}\n"
                        + "}\n");
        c.assertOnlyError(BAD_PARAMETERS, "Bad.java");
    }

    @Test
    void duplicateHandlerNameAcrossClassesIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir,
                "demo/A.java", "package demo;\n"
                        + "public class A {\n"
                        + "    @io.github.pekoe.Handler(\"hpt-dup\")\n"
                        + "    public static void first() {}\n"
                        + "}\n",
                "demo/other/B.java", "package demo.other;\n"
                        + "public class B {\n"
                        + "    @io.github.pekoe.Handler(\"hpt-dup\")\n"
                        + "    public static void second() {}\n"
                        + "}\n");
        assertFalse(c.success, c.report());
        assertEquals(1, c.errors().size(), c.report());
        String message = c.errorMessages().get(0);
        String file = c.errors().get(0).getSource().getName();
        if (file.endsWith("B.java")) {
            assertEquals("the handler name 'hpt-dup' is already used by demo.A.first", message);
        } else {
            assertTrue(file.endsWith("A.java"), c.report());
            assertEquals("the handler name 'hpt-dup' is already used by demo.other.B.second", message);
        }
    }

    @Test
    void defaultNameClashingWithAnExplicitNameIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Handler\n"
                        + "    public static void save() {}\n"
                        + "    @io.github.pekoe.Handler(\"save\")\n"
                        + "    public static void store() {}\n"
                        + "}\n");
        assertFalse(c.success, c.report());
        assertEquals(1, c.errors().size(), c.report());
        assertTrue(c.errorMessages().get(0).startsWith("the handler name 'save' is already used by demo.Bad."),
                c.report());
    }

    @Test
    void whenBindingsMayShareEventAndSelectorWithoutNameClash(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Twice.java",
                "package demo;\n"
                        + "public class Twice {\n"
                        + "    @io.github.pekoe.When(event = \"click\", selector = \"#b\")\n"
                        + "    public static void one() {}\n"
                        + "    @io.github.pekoe.When(event = \"click\", selector = \"#b\")\n"
                        + "    public static void two() {}\n"
                        + "}\n");
        c.assertSuccess();
        String index = c.generatedSource("demo", "PekoeHandlerIndex");
        List<String> calls = callsOf(index, "catalog.when(\"click\", \"#b\", new Entry(");
        calls.sort(null);
        assertEquals(List.of("demo.Twice.one()", "demo.Twice.two()"), calls, index);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "x!", "tab\\t", "caf\u00e9"})
    void invalidHandlerNameIsAnError(String name, @TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Handler(\"" + name + "\")\n"
                        + "    public static void named() {}\n"
                        + "}\n");
        String actual = name.replace("\\t", "\t");
        char bad = actual.chars().filter(ch -> ScriptNames.problem(String.valueOf((char) ch)) != null)
                .mapToObj(ch -> (char) ch).findFirst().orElseThrow();
        c.assertOnlyError("the handler name '" + actual + "' has the character '" + bad
                + "'; use letters, digits, '-', '_', '.' and '/'", "Bad.java");
    }

    @Test
    void invalidHandlerNameContainingTheWordScriptIsQuotedUnchanged(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Handler(\"run script\")\n"
                        + "    public static void named() {}\n"
                        + "}\n");
        c.assertOnlyError("the handler name 'run script' has the character ' '; use letters, digits, '-', '_', '.'"
                + " and '/'", "Bad.java");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "event = \"\", selector = \"#b\"",
        "event = \"  \", selector = \"#b\"",
        "event = \"click\", selector = \"\"",
        "event = \"click\", selector = \" \"",
        "event = \"\", selector = \"\""})
    void whenWithAnEmptyEventOrSelectorIsAnError(String attributes, @TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.When(" + attributes + ")\n"
                        + "    public static void bound() {}\n"
                        + "}\n");
        c.assertOnlyError(WHEN_NEEDS_BOTH, "Bad.java");
        assertEquals(4, c.errors().get(0).getLineNumber(), c.report());
    }

    @Test
    void oneBadWhenAmongSeveralIsReportedOnce(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.When(event = \"click\", selector = \"#ok\")\n"
                        + "    @io.github.pekoe.When(event = \"click\", selector = \"\")\n"
                        + "    public static void bound() {}\n"
                        + "}\n");
        c.assertOnlyError(WHEN_NEEDS_BOTH, "Bad.java");
    }

    @Test
    void badMethodWithHandlerAndWhenIsReportedOnce(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Handler(\"hpt-once\")\n"
                        + "    @io.github.pekoe.When(event = \"click\", selector = \"#b\")\n"
                        + "    @io.github.pekoe.When(event = \"keyup\", selector = \"#c\")\n"
                        + "    public void bound() {}\n"
                        + "}\n");
        c.assertOnlyError(NOT_STATIC, "Bad.java");
    }

    @Test
    void everyMisusedMethodIsReportedInOneCompilation(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Handler public void a() {}\n"
                        + "    @io.github.pekoe.Handler private static void b() {}\n"
                        + "    @io.github.pekoe.Handler public static void c(String s) {}\n"
                        + "    @io.github.pekoe.Handler(\"d d\") public static void d() {}\n"
                        + "    @io.github.pekoe.Handler public static void ok() {}\n"
                        + "}\n");
        assertFalse(c.success, c.report());
        List<String> messages = c.errorMessages();
        assertEquals(4, messages.size(), c.report());
        assertTrue(messages.contains(NOT_STATIC), c.report());
        assertTrue(messages.contains(PRIVATE), c.report());
        assertTrue(messages.contains(BAD_PARAMETERS), c.report());
    }
}
