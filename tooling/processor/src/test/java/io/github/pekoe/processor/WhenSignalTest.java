package io.github.pekoe.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.Signal;
import io.github.pekoe.internal.event.HandlerCatalog;
import io.github.pekoe.internal.event.HandlerProvider;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code @When(signal = ...)}: a static method becomes a listener of a static {@link Signal} field. */
class WhenSignalTest {

    private static ProcessorCompilation compile(Path root, String... pathsAndSources) throws IOException {
        return ProcessorCompilation.compile(root, HandlerProcessor.class.getName(), pathsAndSources);
    }

    /** Registers the compiled package's handlers, as a page's start does. */
    private static void start(URLClassLoader loader, String index) throws Exception {
        Object provider = loader.loadClass(index).getConstructor().newInstance();
        assertInstanceOf(HandlerProvider.class, provider).registerHandlers(new HandlerCatalog());
    }

    @SuppressWarnings("unchecked")
    private static void trigger(URLClassLoader loader, String className, String field, Object result) throws Exception {
        ((Signal<Object>) loader.loadClass(className).getField(field).get(null)).trigger(result);
    }

    private static Object staticField(URLClassLoader loader, String className, String field) throws Exception {
        return loader.loadClass(className).getField(field).get(null);
    }

    @Test
    void aMethodTakingTheResultListensToAFieldOfItsClass(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir, "demo/Notes.java",
                "package demo;\n"
                        + "import io.github.pekoe.Signal;\n"
                        + "import io.github.pekoe.When;\n"
                        + "public class Notes {\n"
                        + "    public static final Signal<String> SAVED = new Signal<>();\n"
                        + "    public static String last = \"\";\n"
                        + "    @When(signal = \"SAVED\")\n"
                        + "    public static void saved(CharSequence name) { last += name + \";\"; }\n"
                        + "}\n");
        c.assertSuccess();
        String index = c.generatedSource("demo", "PekoeHandlerIndex");
        assertTrue(index.contains("demo.Notes.SAVED.addListener(result -> demo.Notes.saved(result));"), index);
        try (URLClassLoader loader = c.loader()) {
            start(loader, "demo.PekoeHandlerIndex");
            trigger(loader, "demo.Notes", "SAVED", "a.txt");
            trigger(loader, "demo.Notes", "SAVED", "b.txt");
            assertEquals("a.txt;b.txt;", staticField(loader, "demo.Notes", "last"));
        }
    }

    @Test
    void fieldsOfOtherClassesByTypeOrFullNameAndMethodsWithoutParameters(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir,
                "demo/Bus.java",
                "package demo;\n"
                        + "public class Bus {\n"
                        + "    public static final io.github.pekoe.Signal<Integer> TICK = new io.github.pekoe.Signal<>();\n"
                        + "}\n",
                "demo/ui/Counter.java",
                "package demo.ui;\n"
                        + "import io.github.pekoe.When;\n"
                        + "public class Counter {\n"
                        + "    public static int ticks;\n"
                        + "    public static int sum;\n"
                        + "    static class Inner {\n"
                        + "        static final io.github.pekoe.Signal<Object> PING = new io.github.pekoe.Signal<>();\n"
                        + "    }\n"
                        + "    @When(signal = \"demo.Bus.TICK\")\n"
                        + "    public static void tick() { ticks++; }\n"
                        + "    @When(signal = \"demo.Bus.TICK\")\n"
                        + "    @When(signal = \"Inner.PING\")\n"
                        + "    public static void add(Object n) { sum += n instanceof Integer ? (Integer) n : 100; }\n"
                        + "    public static void ping() { Inner.PING.trigger(\"x\"); }\n"
                        + "}\n");
        c.assertSuccess();
        try (URLClassLoader loader = c.loader()) {
            start(loader, "demo.ui.PekoeHandlerIndex");
            trigger(loader, "demo.Bus", "TICK", 5);
            trigger(loader, "demo.Bus", "TICK", 7);
            loader.loadClass("demo.ui.Counter").getMethod("ping").invoke(null);
            assertEquals(2, staticField(loader, "demo.ui.Counter", "ticks"));
            assertEquals(112, staticField(loader, "demo.ui.Counter", "sum"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a missing field | signal = \"NOPE\" | String | "
                + "@When(signal = \"NOPE\") names no field: write a static Signal field of this class, Type.field"
                + " or a fully qualified pkg.Type.field",
        "an instance field | signal = \"mine\" | String | @When(signal = \"mine\"): the field must be static and not private",
        "a private field | signal = \"HIDDEN\" | String | @When(signal = \"HIDDEN\"): the field must be static and not private",
        "a field that is no Signal | signal = \"TEXT\" | String | "
                + "@When(signal = \"TEXT\"): the field is a java.lang.String, not a io.github.pekoe.Signal",
        "a parameter the result cannot be | signal = \"SAVED\" | Integer | "
                + "a method bound to @When(signal = \"SAVED\") takes nothing or the signal's result"
                + " (java.lang.String or a supertype)",
        "a raw signal with a parameter | signal = \"RAW\" | String | "
                + "a method bound to @When(signal = \"RAW\") takes nothing or the signal's result"
                + " (the field names no result type: declare it as Signal<T>)",
        "a signal and an event | signal = \"SAVED\", event = \"click\" | String | "
                + "@When names a signal, or an event and a selector, not both",
    })
    void misuseIsACompileErrorNamingTheProblem(String what, String attributes, String parameter, String message,
            @TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Bad.java",
                "package demo;\n"
                        + "import io.github.pekoe.Signal;\n"
                        + "public class Bad {\n"
                        + "    public static final Signal<String> SAVED = new Signal<>();\n"
                        + "    private static final Signal<String> HIDDEN = new Signal<>();\n"
                        + "    @SuppressWarnings(\"rawtypes\") public static final Signal RAW = new Signal();\n"
                        + "    public final Signal<String> mine = new Signal<>();\n"
                        + "    public static final String TEXT = \"t\";\n"
                        + "    @io.github.pekoe.When(" + attributes + ")\n"
                        + "    public static void bound(" + parameter + " value) {}\n"
                        + "}\n");
        c.assertOnlyError(message, "Bad.java");
        assertEquals(10, c.errors().get(0).getLineNumber(), c.report());
    }

    @Test
    void anEventMethodAndASignalMethodDoNotCheckEachOthersParameter(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir, "demo/Both.java",
                "package demo;\n"
                        + "public class Both {\n"
                        + "    public static final io.github.pekoe.Signal<String> DONE = new io.github.pekoe.Signal<>();\n"
                        + "    @io.github.pekoe.When(signal = \"DONE\")\n"
                        + "    @io.github.pekoe.When(event = \"click\", selector = \"#b\")\n"
                        + "    public static void either() {}\n"
                        + "}\n");
        c.assertSuccess();
        String index = c.generatedSource("demo", "PekoeHandlerIndex");
        assertEquals(List.of("demo.Both.either()"),
                ProcessorCompilation.callsOf(index, "catalog.when(\"click\", \"#b\", new Entry("), index);
        assertTrue(index.contains("demo.Both.DONE.addListener(result -> demo.Both.either());"), index);
    }
}
