package io.github.pekoe.processor;

import static io.github.pekoe.processor.ProcessorCompilation.count;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.internal.worker.ExportCatalog;
import io.github.pekoe.internal.worker.ExportProvider;
import io.github.pekoe.worker.WorkerFunction;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs {@link ExportProcessor} inside javac on small source trees, then calls the generated
 * dispatchers on the JVM with arguments shaped as a page sends them (null, Boolean, Long for whole
 * numbers and Double otherwise, String, List, Map, byte[]), and checks what it reports on misuse.
 */
class ExportProcessorTest {

    private static final String SERVICE = "META-INF/services/io.github.pekoe.internal.worker.ExportProvider";
    private static final String NOT_STATIC = "an @Export method must be static";
    private static final String PRIVATE = "an @Export method must not be private, nor inside a private class";
    private static final String BAD_PARAMETER = "an @Export parameter is a String, boolean, a number type or its"
            + " box, byte[], List, Map or Object, not ";

    static ProcessorCompilation compile(Path root, String... pathsAndSources) throws IOException {
        return ProcessorCompilation.compile(root, ExportProcessor.class.getName(), pathsAndSources);
    }

    private static ExportProvider newIndex(ClassLoader loader, String className) throws Exception {
        return assertInstanceOf(ExportProvider.class, loader.loadClass(className).getConstructor().newInstance());
    }

    /** A new catalogue holding the exports of the index {@code className}. */
    private static ExportCatalog catalog(ClassLoader loader, String className) throws Exception {
        ExportCatalog catalog = new ExportCatalog();
        newIndex(loader, className).registerExports(catalog);
        return catalog;
    }

    private static Object staticField(ClassLoader loader, String className, String field) throws Exception {
        return loader.loadClass(className).getField(field).get(null);
    }

    /** Calls the export {@code name} of {@code catalog}, which must exist, with {@code args}. */
    private static Object call(ExportCatalog catalog, String name, Object... args) throws Exception {
        WorkerFunction function = catalog.find(name);
        assertNotNull(function, "no export '" + name + "' in " + catalog.names());
        return function.call(Arrays.asList(args));
    }

    /** The line of the source where the only error was reported. */
    private static long errorLine(ProcessorCompilation c) {
        assertEquals(1, c.errors().size(), c.report());
        return c.errors().get(0).getLineNumber();
    }

    /** The text of the source line where the only error was reported, from its column on. */
    private static String errorText(ProcessorCompilation c) throws IOException {
        Diagnostic<? extends JavaFileObject> error = c.errors().get(0);
        String line = error.getSource().getCharContent(true).toString().split("\n", -1)
                [(int) error.getLineNumber() - 1];
        return line.substring((int) error.getColumnNumber() - 1);
    }

    // ---------------------------------------------------------------------------------------------
    // A valid project: two packages; default, empty and explicit names; every parameter type

    @TempDir
    static Path projectDir;
    static ProcessorCompilation project;

    @BeforeAll
    static void compileProject() throws IOException {
        project = compile(projectDir,
                "demo/Calc.java", "package demo;\n"
                        + "import io.github.pekoe.Export;\n"
                        + "import java.util.List;\n"
                        + "import java.util.Map;\n"
                        + "public class Calc {\n"
                        + "    public static String seen = \"\";\n"
                        + "    public static int resets;\n"
                        + "    @Export\n"
                        + "    public static long add(long a, long b) { return a + b; }\n"
                        + "    @Export(\"calc-greet\")\n"
                        + "    public static String greet(String name) { return \"Hello, \" + name; }\n"
                        + "    @Export(\"\")\n"
                        + "    public static void reset() { resets++; }\n"
                        + "    @Export\n"
                        + "    public static void remember(String text) { seen += text; }\n"
                        + "    @Export\n"
                        + "    public static int answer() { return 42; }\n"
                        + "    @Export\n"
                        + "    public static int twice(int n) { return 2 * n; }\n"
                        + "    @Export(value = \"calc-primitives\")\n"
                        + "    public static String primitives(boolean z, int i, long l, short s, byte b, double d,"
                        + " float f) {\n"
                        + "        return z + \"|\" + i + \"|\" + l + \"|\" + s + \"|\" + b + \"|\" + d + \"|\" + f;\n"
                        + "    }\n"
                        + "    @Export\n"
                        + "    public static List<Object> boxes(Boolean z, Integer i, Long l, Double d) {\n"
                        + "        return java.util.Arrays.asList(z, i, l, d);\n"
                        + "    }\n"
                        + "    @Export\n"
                        + "    public static List<Object> smallBoxes(Short s, Byte b, Float f) {\n"
                        + "        return java.util.Arrays.asList(s, b, f);\n"
                        + "    }\n"
                        + "    @Export\n"
                        + "    public static Object[] containers(byte[] data, List<String> list,"
                        + " Map<String, Object> map, Object any) {\n"
                        + "        return new Object[] {data, list, map, any};\n"
                        + "    }\n"
                        + "    @Export(\"calc-fail\")\n"
                        + "    public static String fail(String why) throws java.io.IOException {\n"
                        + "        throw new java.io.IOException(why);\n"
                        + "    }\n"
                        + "    @Export\n"
                        + "    public static void crash() { throw new IllegalStateException(\"crashed\"); }\n"
                        + "    public static String notExported(String s) { return s; }\n"
                        + "    public static class Nested {\n"
                        + "        @Export(\"calc/nested.v2\")\n"
                        + "        public static String nested(String s) { return \"nested \" + s; }\n"
                        + "    }\n"
                        + "}\n",
                "demo/Plain.java", "package demo;\n"
                        + "public class Plain {\n"
                        + "    public static int notExported() { return 0; }\n"
                        + "}\n",
                "demo/more/Other.java", "package demo.more;\n"
                        + "public class Other {\n"
                        + "    @io.github.pekoe.Export(\"more_echo\")\n"
                        + "    static Object echo(Object value) { return value; }\n"
                        + "}\n",
                "demo/more/Shapes.java", "package demo.more;\n"
                        + "public interface Shapes {\n"
                        + "    @io.github.pekoe.Export\n"
                        + "    static double area(double width, double height) { return width * height; }\n"
                        + "}\n");
    }

    @Test
    void validProjectCompilesWithoutErrors() {
        project.assertSuccess();
    }

    @Test
    void generatesAnExportIndexPerPackageImplementingExportProvider() throws IOException {
        String demo = project.generatedSource("demo", "PekoeExportIndex");
        assertTrue(demo.startsWith("package demo;\n"), demo);
        assertTrue(demo.contains("public final class PekoeExportIndex implements "
                + "io.github.pekoe.internal.worker.ExportProvider {"), demo);
        assertTrue(demo.contains("public void registerExports(io.github.pekoe.internal.worker.ExportCatalog catalog)"),
                demo);
        assertTrue(demo.contains("private static final class Entry implements io.github.pekoe.worker.WorkerFunction"),
                demo);
        assertTrue(demo.contains("public Object call(java.util.List<Object> args) throws Exception"), demo);
        assertFalse(demo.contains("Plain"), demo);
        assertFalse(demo.contains("notExported"), demo);
        assertFalse(demo.contains("demo.more"), demo);

        String more = project.generatedSource("demo.more", "PekoeExportIndex");
        assertTrue(more.startsWith("package demo.more;\n"), more);
        assertFalse(more.contains("demo.Calc"), more);
        assertFalse(Files.exists(project.generatedPath("", "PekoeExportIndex")), project.report());
    }

    @Test
    void eachExportHasItsOwnEntryNumberAndCountsItsArgumentsFirst() throws IOException {
        String demo = project.generatedSource("demo", "PekoeExportIndex");
        assertEquals(13, count(demo, "catalog.add("), demo);
        for (int id = 0; id < 13; id++) {
            assertEquals(1, count(demo, "new Entry(" + id + "));"), demo);
            assertEquals(1, count(demo, "case " + id + ":\n"), demo);
        }
        assertEquals(0, count(demo, "new Entry(13));"), demo);
        assertEquals(13, count(demo, "io.github.pekoe.internal.worker.WorkerArgs.count("), demo);
        assertTrue(demo.contains("io.github.pekoe.internal.worker.WorkerArgs.count(\"add\", args, 2);"), demo);
        assertTrue(demo.contains("io.github.pekoe.internal.worker.WorkerArgs.count(\"answer\", args, 0);"), demo);
        assertTrue(demo.contains("throw new IllegalStateException(\"no entry number \" + id);"), demo);
    }

    @Test
    void compilesTheGeneratedIndexes() {
        assertTrue(Files.isRegularFile(project.classFile("demo", "PekoeExportIndex")), project.report());
        assertTrue(Files.isRegularFile(project.classFile("demo.more", "PekoeExportIndex")), project.report());
    }

    @Test
    void serviceFileListsEachIndexClassOnce() throws IOException {
        assertEquals(List.of("demo.PekoeExportIndex", "demo.more.PekoeExportIndex"), project.resourceLines(SERVICE));
    }

    @Test
    void indexRegistersEveryExportOfItsPackageUnderItsName() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            List<String> demo = catalog(loader, "demo.PekoeExportIndex").names();
            demo.sort(null);
            assertEquals(List.of("add", "answer", "boxes", "calc-fail", "calc-greet", "calc-primitives",
                    "calc/nested.v2", "containers", "crash", "remember", "reset", "smallBoxes", "twice"), demo);

            List<String> more = catalog(loader, "demo.more.PekoeExportIndex").names();
            more.sort(null);
            assertEquals(List.of("area", "more_echo"), more);
        }
    }

    @Test
    void exportWithoutNameOrWithAnEmptyNameIsRegisteredUnderTheMethodName() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ExportCatalog catalog = catalog(loader, "demo.PekoeExportIndex");
            assertNotNull(catalog.find("add"), catalog.names().toString());
            assertNotNull(catalog.find("reset"), catalog.names().toString());
        }
    }

    @Test
    void nameInTheAnnotationReplacesTheMethodName() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ExportCatalog catalog = catalog(loader, "demo.PekoeExportIndex");
            assertEquals("Hello, Ada", call(catalog, "calc-greet", "Ada"));
            assertEquals("nested x", call(catalog, "calc/nested.v2", "x"));
            assertNull(catalog.find("greet"), catalog.names().toString());
            assertNull(catalog.find("primitives"), catalog.names().toString());
            assertNull(catalog.find("fail"), catalog.names().toString());
            assertNull(catalog.find("nested"), catalog.names().toString());
        }
    }

    @Test
    void callRunsTheMethodWithItsArgumentsAndReturnsItsResult() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ExportCatalog catalog = catalog(loader, "demo.PekoeExportIndex");
            assertEquals(5L, call(catalog, "add", 2L, 3L));
            assertEquals(-1L, call(catalog, "add", Long.MAX_VALUE, Long.MIN_VALUE));
            assertEquals(42, call(catalog, "answer"));
            assertEquals(42, call(catalog, "twice", 21L));
        }
    }

    @Test
    void voidExportRunsTheMethodAndReturnsNull() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ExportCatalog catalog = catalog(loader, "demo.PekoeExportIndex");
            assertNull(call(catalog, "remember", "a"));
            assertNull(call(catalog, "remember", "b"));
            assertNull(call(catalog, "reset"));
            assertEquals("ab", staticField(loader, "demo.Calc", "seen"));
            assertEquals(1, staticField(loader, "demo.Calc", "resets"));
        }
    }

    @Test
    void wholeNumbersAndDoublesAreConvertedToEachPrimitiveParameter() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ExportCatalog catalog = catalog(loader, "demo.PekoeExportIndex");
            assertEquals("true|7|1099511627776|1234|-5|2.5|1.5",
                    call(catalog, "calc-primitives", true, 7L, 1L << 40, 1234L, -5L, 2.5, 1.5));
            assertEquals("false|-2147483648|-9223372036854775808|-32768|127|3.0|4.0",
                    call(catalog, "calc-primitives", false, (long) Integer.MIN_VALUE, Long.MIN_VALUE,
                            (long) Short.MIN_VALUE, (long) Byte.MAX_VALUE, 3L, 4L));
        }
    }

    @Test
    void boxedParametersReceiveTheirOwnBoxTypes() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ExportCatalog catalog = catalog(loader, "demo.PekoeExportIndex");
            List<?> boxes = assertInstanceOf(List.class, call(catalog, "boxes", true, 9L, 10L, 0.25));
            assertEquals(Arrays.asList(true, 9, 10L, 0.25), boxes);
            assertEquals(List.of(Boolean.class, Integer.class, Long.class, Double.class),
                    boxes.stream().map(Object::getClass).collect(java.util.stream.Collectors.toList()));
            assertEquals(Arrays.asList(false, -3, 4L, 5.0), call(catalog, "boxes", false, -3L, 4L, 5L));

            List<?> small = assertInstanceOf(List.class, call(catalog, "smallBoxes", -7L, 8L, 0.5));
            assertEquals(Arrays.asList((short) -7, (byte) 8, 0.5f), small);
            assertEquals(List.of(Short.class, Byte.class, Float.class),
                    small.stream().map(Object::getClass).collect(java.util.stream.Collectors.toList()));
            assertEquals(Arrays.asList((short) 1, (byte) 2, 3f), call(catalog, "smallBoxes", 1L, 2L, 3L));
        }
    }

    @Test
    void bytesListsMapsAndObjectsArePassedAsTheyCame() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ExportCatalog catalog = catalog(loader, "demo.PekoeExportIndex");
            byte[] data = {1, 2, 3};
            List<Object> list = new ArrayList<>(List.of("x", 1L));
            Map<String, Object> map = new LinkedHashMap<>(Map.of("k", 2.5));
            Object[] received = (Object[]) call(catalog, "containers", data, list, map, true);
            assertSame(data, received[0]);
            assertSame(list, received[1]);
            assertSame(map, received[2]);
            assertEquals(true, received[3]);

            ExportCatalog more = catalog(loader, "demo.more.PekoeExportIndex");
            for (Object value : Arrays.asList(null, true, 7L, 0.5, "text", list, map, data)) {
                assertSame(value, call(more, "more_echo", value));
            }
        }
    }

    @Test
    void nullReachesStringBytesListMapAndObjectParameters() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ExportCatalog catalog = catalog(loader, "demo.PekoeExportIndex");
            assertEquals("Hello, null", call(catalog, "calc-greet", (Object) null));
            assertArrayEquals(new Object[4], (Object[]) call(catalog, "containers", null, null, null, null));
        }
    }

    @Test
    void exportsInAnInterfaceAndWithPackageAccessAreCalled() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ExportCatalog more = catalog(loader, "demo.more.PekoeExportIndex");
            assertEquals(6.0, call(more, "area", 2L, 3L));
            assertEquals(0.75, call(more, "area", 0.5, 1.5));
            assertEquals("echo", call(more, "more_echo", "echo"));
        }
    }

    static Stream<Arguments> wrongCalls() {
        LinkedHashMap<String, Object> emptyMap = new LinkedHashMap<>();
        ArrayList<Object> oneList = new ArrayList<>(List.of(1L));
        return Stream.of(
                Arguments.of("add", List.of(1L), "export 'add' takes 2 arguments, but the call gave 1"),
                Arguments.of("add", List.of(1L, 2L, 3L), "export 'add' takes 2 arguments, but the call gave 3"),
                Arguments.of("calc-greet", List.of(), "export 'calc-greet' takes 1 argument, but the call gave 0"),
                Arguments.of("answer", List.of("x"), "export 'answer' takes 0 arguments, but the call gave 1"),
                Arguments.of("add", List.of("1", 2L), "export 'add': argument 1 must be a whole number, not String 1"),
                Arguments.of("add", List.of(1L, 2.5), "export 'add': argument 2 must be a whole number, not Double 2.5"),
                Arguments.of("add", Arrays.asList(1L, null), "export 'add': argument 2 must be a whole number, not null"),
                Arguments.of("twice", List.of(true), "export 'twice': argument 1 must be a whole number, not Boolean true"),
                Arguments.of("calc-greet", List.of(5L), "export 'calc-greet': argument 1 must be a String, not Long 5"),
                Arguments.of("calc-primitives", List.of(1L, 1L, 1L, 1L, 1L, 1.0, 1.0),
                        "export 'calc-primitives': argument 1 must be a boolean, not Long 1"),
                Arguments.of("calc-primitives", List.of(true, 1L, 1L, 1L, 1L, "2", 1.0),
                        "export 'calc-primitives': argument 6 must be a number, not String 2"),
                Arguments.of("calc-primitives", Arrays.asList(true, 1L, 1L, 1L, 1L, 1.0, null),
                        "export 'calc-primitives': argument 7 must be a number, not null"),
                Arguments.of("boxes", List.of(false, 1.5, 1L, 1.0),
                        "export 'boxes': argument 2 must be a whole number, not Double 1.5"),
                Arguments.of("boxes", List.of(false, 1L, 1L, "1"), "export 'boxes': argument 4 must be a number, not String 1"),
                Arguments.of("smallBoxes", List.of(1L, 0.5, 1.0),
                        "export 'smallBoxes': argument 2 must be a whole number, not Double 0.5"),
                Arguments.of("smallBoxes", List.of(1L, 1L, true),
                        "export 'smallBoxes': argument 3 must be a number, not Boolean true"),
                Arguments.of("containers", Arrays.asList("text", null, null, null),
                        "export 'containers': argument 1 must be a byte[], not String text"),
                Arguments.of("containers", Arrays.asList(null, emptyMap, null, null),
                        "export 'containers': argument 2 must be a List, not LinkedHashMap {}"),
                Arguments.of("containers", Arrays.asList(null, null, oneList, null),
                        "export 'containers': argument 3 must be a Map, not ArrayList [1]"),
                Arguments.of("calc/nested.v2", List.of(1.5), "export 'calc/nested.v2': argument 1 must be a String,"
                        + " not Double 1.5"));
    }

    @ParameterizedTest
    @MethodSource("wrongCalls")
    void wrongArgumentCountOrTypeIsAnIllegalArgumentExceptionNamingTheExportAndPosition(String name,
            List<Object> args, String message) throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ExportCatalog catalog = catalog(loader, "demo.PekoeExportIndex");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> call(catalog, name, args.toArray()));
            assertEquals(message, e.getMessage());
        }
    }

    @Test
    void wrongArgumentsDoNotRunTheMethod() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ExportCatalog catalog = catalog(loader, "demo.PekoeExportIndex");
            assertThrows(IllegalArgumentException.class, () -> call(catalog, "remember", 1L));
            assertThrows(IllegalArgumentException.class, () -> call(catalog, "remember"));
            assertThrows(IllegalArgumentException.class, () -> call(catalog, "reset", "extra"));
            assertEquals("", staticField(loader, "demo.Calc", "seen"));
            assertEquals(0, staticField(loader, "demo.Calc", "resets"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "twice | 0 | 2147483648 | export 'twice': argument 1 must be a whole number from -2147483648 to 2147483647,"
                + " not Long 2147483648",
        "twice | 0 | -2147483649 | export 'twice': argument 1 must be a whole number from -2147483648 to 2147483647,"
                + " not Long -2147483649",
        "twice | 0 | 4294967296 | export 'twice': argument 1 must be a whole number from -2147483648 to 2147483647,"
                + " not Long 4294967296",
        "calc-primitives | 1 | 2147483648 | export 'calc-primitives': argument 2 must be a whole number from"
                + " -2147483648 to 2147483647, not Long 2147483648",
        "calc-primitives | 3 | 32768 | export 'calc-primitives': argument 4 must be a whole number from -32768"
                + " to 32767, not Long 32768",
        "calc-primitives | 4 | -129 | export 'calc-primitives': argument 5 must be a whole number from -128"
                + " to 127, not Long -129",
        "calc-primitives | 4 | 255 | export 'calc-primitives': argument 5 must be a whole number from -128"
                + " to 127, not Long 255",
        "boxes | 1 | 3000000000 | export 'boxes': argument 2 must be a whole number from -2147483648 to 2147483647,"
                + " not Long 3000000000",
        "smallBoxes | 0 | -32769 | export 'smallBoxes': argument 1 must be a whole number from -32768 to 32767,"
                + " not Long -32769",
        "smallBoxes | 1 | 128 | export 'smallBoxes': argument 2 must be a whole number from -128 to 127,"
                + " not Long 128"})
    void wholeNumberTooLargeForAnIntShortOrByteParameterIsAnIllegalArgumentException(String name, int position,
            long value, String message) throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ExportCatalog catalog = catalog(loader, "demo.PekoeExportIndex");
            List<Object> args;
            switch (name) {
                case "twice":
                    args = new ArrayList<>(List.of(1L));
                    break;
                case "boxes":
                    args = new ArrayList<>(List.of(true, 1L, 1L, 1.0));
                    break;
                case "smallBoxes":
                    args = new ArrayList<>(List.of(1L, 1L, 1.0));
                    break;
                default:
                    args = new ArrayList<>(List.of(true, 1L, 1L, 1L, 1L, 1.0, 1.0));
                    break;
            }
            args.set(position, value);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> call(catalog, name, args.toArray()));
            assertEquals(message, e.getMessage());
        }
    }

    @Test
    void checkedExceptionFromTheMethodReachesTheCaller() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ExportCatalog catalog = catalog(loader, "demo.PekoeExportIndex");
            IOException e = assertThrows(IOException.class, () -> call(catalog, "calc-fail", "disk full"));
            assertEquals("disk full", e.getMessage());
        }
    }

    @Test
    void uncheckedExceptionFromTheMethodReachesTheCallerUnchanged() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ExportCatalog catalog = catalog(loader, "demo.PekoeExportIndex");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> call(catalog, "crash"));
            assertEquals("crashed", e.getMessage());
        }
    }

    @Test
    void serviceLoaderFindsTheIndexesOfBothPackages() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ExportCatalog catalog = new ExportCatalog();
            List<String> found = new ArrayList<>();
            for (ExportProvider provider : ServiceLoader.load(ExportProvider.class, loader)) {
                found.add(provider.getClass().getName());
                provider.registerExports(catalog);
            }
            found.sort(null);
            assertEquals(List.of("demo.PekoeExportIndex", "demo.more.PekoeExportIndex"), found);
            assertEquals(15, catalog.names().size(), catalog.names().toString());
            assertEquals(5L, call(catalog, "add", 2L, 3L));
            assertEquals(6.0, call(catalog, "area", 2L, 3L));
        }
    }

    @Test
    void addServicesFillsTheSharedCatalogThroughTheContextClassLoader() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                ExportCatalog.addServices();
            } finally {
                thread.setContextClassLoader(previous);
            }
            ExportCatalog shared = ExportCatalog.shared();
            assertSame(shared, ExportCatalog.shared());
            assertEquals("Hello, shared", call(shared, "calc-greet", "shared"));
            assertEquals(0.5, call(shared, "area", 0.25, 2L));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Other valid shapes

    @Test
    void exportInTheUnnamedPackageGetsAnIndexWithoutPackage(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir, "Top.java",
                "public class Top {\n"
                        + "    @io.github.pekoe.Export\n"
                        + "    public static String top(String s) { return \"top \" + s; }\n"
                        + "}\n");
        c.assertSuccess();
        String index = c.generatedSource("", "PekoeExportIndex");
        assertFalse(index.contains("package "), index);
        assertEquals(List.of("PekoeExportIndex"), c.resourceLines(SERVICE));
        try (URLClassLoader loader = c.loader()) {
            assertEquals("top t", call(catalog(loader, "PekoeExportIndex"), "top", "t"));
        }
    }

    @Test
    void genericAndNullableParameterTypesAreAccepted(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir, "demo/Typed.java",
                "package demo;\n"
                        + "import java.util.List;\n"
                        + "import java.util.Map;\n"
                        + "import org.jspecify.annotations.Nullable;\n"
                        + "public class Typed {\n"
                        + "    @io.github.pekoe.Export\n"
                        + "    public static String generic(List<List<String>> lists, Map<String, List<Long>> map,"
                        + " List<? extends Number> numbers) {\n"
                        + "        return lists + \" \" + map + \" \" + numbers;\n"
                        + "    }\n"
                        + "    @io.github.pekoe.Export\n"
                        + "    public static String nullable(@Nullable String s, byte @Nullable [] b,"
                        + " @Nullable List<@Nullable Object> l, @Nullable Map<String, ?> m, @Nullable Object o,"
                        + " @Nullable Integer i) {\n"
                        + "        return s + \" \" + (b == null ? \"-\" : b.length) + \" \" + l + \" \" + m + \" \" + o"
                        + " + \" \" + i;\n"
                        + "    }\n"
                        + "    @io.github.pekoe.Export\n"
                        + "    public static int varargs(byte... data) { return data.length; }\n"
                        + "    @io.github.pekoe.Export\n"
                        + "    public static String finalParameter(final String s) { return s; }\n"
                        + "}\n");
        c.assertSuccess();
        try (URLClassLoader loader = c.loader()) {
            ExportCatalog catalog = catalog(loader, "demo.PekoeExportIndex");
            assertEquals("[[a]] {k=[1]} [2.5]", call(catalog, "generic", List.of(List.of("a")),
                    Map.of("k", List.of(1L)), List.of(2.5)));
            assertEquals("null - null null null 3", call(catalog, "nullable", null, null, null, null, null, 3L));
            assertEquals("x 2 [y] {} z 4", call(catalog, "nullable", "x", new byte[2], List.of("y"), Map.of(), "z", 4L));
            assertEquals(3, call(catalog, "varargs", (Object) new byte[3]));
            assertEquals("f", call(catalog, "finalParameter", "f"));
        }
    }

    @Test
    void exportsWithTheSameMethodNameInTwoClassesMayUseDifferentNames(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir,
                "demo/A.java", "package demo;\n"
                        + "public class A {\n"
                        + "    @io.github.pekoe.Export(\"a-run\") public static String run() { return \"a\"; }\n"
                        + "}\n",
                "demo/B.java", "package demo;\n"
                        + "public class B {\n"
                        + "    @io.github.pekoe.Export(\"b-run\") public static String run() { return \"b\"; }\n"
                        + "}\n");
        c.assertSuccess();
        try (URLClassLoader loader = c.loader()) {
            ExportCatalog catalog = catalog(loader, "demo.PekoeExportIndex");
            assertEquals("a", call(catalog, "a-run"));
            assertEquals("b", call(catalog, "b-run"));
        }
    }

    @Test
    void nameWithQuotesOrBackslashesCannotReachTheGeneratedSource(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Quoted.java",
                "package demo;\n"
                        + "public class Quoted {\n"
                        + "    @io.github.pekoe.Export(\"a\\\"b\\\\c\") public static void quoted() {}\n"
                        + "}\n");
        c.assertOnlyError("the export name 'a\"b\\c' has the character '\"'; use letters, digits, '-', '_', '.'"
                + " and '/'", "Quoted.java");
    }

    @Test
    void withoutExportsNothingIsGenerated(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir, "demo/Plain.java",
                "package demo;\npublic class Plain { public static void main(String[] args) {} }\n");
        c.assertSuccess();
        assertFalse(Files.exists(c.generatedPath("demo", "PekoeExportIndex")), c.report());
        assertFalse(Files.exists(c.classes.resolve(SERVICE)), c.report());
    }

    // ---------------------------------------------------------------------------------------------
    // Misuse: each is a compile error on the method or its parameter

    @Test
    void instanceMethodIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Export\n"
                        + "    public String notStatic(String s) { return s; }\n"
                        + "}\n");
        c.assertOnlyError(NOT_STATIC, "Bad.java");
        assertEquals(4, errorLine(c), c.report());
        assertTrue(errorText(c).startsWith("notStatic("), c.report());
        assertFalse(Files.exists(c.generatedPath("demo", "PekoeExportIndex")), c.report());
    }

    @Test
    void privateMethodIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Export(\"hidden\")\n"
                        + "    private static void hidden() {}\n"
                        + "}\n");
        c.assertOnlyError(PRIVATE, "Bad.java");
        assertEquals(4, errorLine(c), c.report());
        assertTrue(errorText(c).startsWith("hidden()"), c.report());
    }

    @Test
    void methodInAPrivateNestedClassIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    private static class Hidden {\n"
                        + "        @io.github.pekoe.Export\n"
                        + "        public static void visible() {}\n"
                        + "    }\n"
                        + "}\n");
        c.assertOnlyError(PRIVATE, "Bad.java");
        assertEquals(5, errorLine(c), c.report());
    }

    @Test
    void methodInAClassNestedInsideAPrivateClassIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    private static class Hidden {\n"
                        + "        public static class Inner {\n"
                        + "            @io.github.pekoe.Export\n"
                        + "            public static void visible() {}\n"
                        + "        }\n"
                        + "    }\n"
                        + "}\n");
        c.assertOnlyError(PRIVATE, "Bad.java");
        assertEquals(6, errorLine(c), c.report());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "char c | char",
        "Character c | java.lang.Character",
        "int[] numbers | int[]",
        "long[] numbers | long[]",
        "String[] texts | java.lang.String[]",
        "Object... values | java.lang.Object[]",
        "java.util.ArrayList<String> list | java.util.ArrayList<java.lang.String>",
        "java.util.Set<String> set | java.util.Set<java.lang.String>",
        "java.util.Collection<Object> values | java.util.Collection<java.lang.Object>",
        "java.util.HashMap<String, Object> map | java.util.HashMap<java.lang.String,java.lang.Object>",
        "Number n | java.lang.Number",
        "StringBuilder text | java.lang.StringBuilder",
        "java.util.Optional<String> maybe | java.util.Optional<java.lang.String>",
        "Runnable action | java.lang.Runnable",
        "Bad self | demo.Bad"})
    void parameterThatCannotCrossThreadsIsAnErrorOnTheParameter(String parameter, String type, @TempDir Path dir)
            throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Export\n"
                        + "    public static void take(String fine,\n"
                        + "            " + parameter + ") {}\n"
                        + "}\n");
        c.assertOnlyError(BAD_PARAMETER + type, "Bad.java");
        assertEquals(5, errorLine(c), c.report());
        String name = parameter.substring(parameter.lastIndexOf(' ') + 1);
        assertTrue(errorText(c).startsWith(name), errorText(c) + "\n" + c.report());
        assertFalse(Files.exists(c.generatedPath("demo", "PekoeExportIndex")), c.report());
    }

    @Test
    void typeVariableParameterIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Export\n"
                        + "    public static <T> T same(T value) { return value; }\n"
                        + "}\n");
        c.assertOnlyError(BAD_PARAMETER + "T", "Bad.java");
    }

    @Test
    void duplicateExportNameAcrossPackagesIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir,
                "demo/A.java", "package demo;\n"
                        + "public class A {\n"
                        + "    @io.github.pekoe.Export(\"dup\")\n"
                        + "    public static void first() {}\n"
                        + "}\n",
                "demo/other/B.java", "package demo.other;\n"
                        + "public class B {\n"
                        + "    @io.github.pekoe.Export(\"dup\")\n"
                        + "    public static void second() {}\n"
                        + "}\n");
        assertFalse(c.success, c.report());
        assertEquals(1, c.errors().size(), c.report());
        assertEquals(4, errorLine(c), c.report());
        String message = c.errorMessages().get(0);
        String file = c.errors().get(0).getSource().getName();
        if (file.endsWith("B.java")) {
            assertEquals("the export name 'dup' is already used by demo.A.first", message);
        } else {
            assertTrue(file.endsWith("A.java"), c.report());
            assertEquals("the export name 'dup' is already used by demo.other.B.second", message);
        }
    }

    @Test
    void methodNameClashingWithAnExplicitNameIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Export\n"
                        + "    public static void save() {}\n"
                        + "    @io.github.pekoe.Export(\"save\")\n"
                        + "    public static void store() {}\n"
                        + "}\n");
        assertFalse(c.success, c.report());
        assertEquals(1, c.errors().size(), c.report());
        String message = c.errorMessages().get(0);
        if (errorLine(c) == 6) {
            assertEquals("the export name 'save' is already used by demo.Bad.save", message);
        } else {
            assertEquals(4, errorLine(c), c.report());
            assertEquals("the export name 'save' is already used by demo.Bad.store", message);
        }
    }

    @Test
    void overloadsExportedUnderTheirMethodNameClash(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Export public static long sum(long a) { return a; }\n"
                        + "    @io.github.pekoe.Export public static long sum(long a, long b) { return a + b; }\n"
                        + "}\n");
        assertFalse(c.success, c.report());
        assertEquals(1, c.errors().size(), c.report());
        assertEquals("the export name 'sum' is already used by demo.Bad.sum", c.errorMessages().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "x!", "tab\\t", "caf\u00e9", " ", "calc:add"})
    void malformedExportNameIsAnError(String name, @TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Export(\"" + name + "\")\n"
                        + "    public static void named() {}\n"
                        + "}\n");
        String actual = name.replace("\\t", "\t");
        char bad = actual.chars().filter(ch -> ScriptNames.problem(String.valueOf((char) ch)) != null)
                .mapToObj(ch -> (char) ch).findFirst().orElseThrow();
        c.assertOnlyError("the export name '" + actual + "' has the character '" + bad
                + "'; use letters, digits, '-', '_', '.' and '/'", "Bad.java");
        assertEquals(4, errorLine(c), c.report());
    }

    @Test
    void malformedNameFromAConstantIsChecked(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    static final String NAME = \"bad\" + \"?\";\n"
                        + "    @io.github.pekoe.Export(NAME)\n"
                        + "    public static void named() {}\n"
                        + "}\n");
        c.assertOnlyError("the export name 'bad?' has the character '?'; use letters, digits, '-', '_', '.' and '/'",
                "Bad.java");
    }

    @Test
    void everyMisusedMethodIsReportedInOneCompilationAndValidExportsStillGetTheirIndex(@TempDir Path dir)
            throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "public class Bad {\n"
                        + "    @io.github.pekoe.Export public void a() {}\n"
                        + "    @io.github.pekoe.Export private static void b() {}\n"
                        + "    @io.github.pekoe.Export public static void c(char c) {}\n"
                        + "    @io.github.pekoe.Export(\"d d\") public static void d() {}\n"
                        + "    @io.github.pekoe.Export public static void ok() {}\n"
                        + "}\n");
        assertFalse(c.success, c.report());
        List<String> messages = c.errorMessages();
        assertEquals(4, messages.size(), c.report());
        assertTrue(messages.contains(NOT_STATIC), c.report());
        assertTrue(messages.contains(PRIVATE), c.report());
        assertTrue(messages.contains(BAD_PARAMETER + "char"), c.report());
        assertTrue(messages.contains("the export name 'd d' has the character ' '; use letters, digits, '-', '_',"
                + " '.' and '/'"), c.report());
        String index = c.generatedSource("demo", "PekoeExportIndex");
        assertEquals(1, count(index, "catalog.add("), index);
        assertTrue(index.contains("catalog.add(\"ok\", new Entry(0));"), index);
    }
}
