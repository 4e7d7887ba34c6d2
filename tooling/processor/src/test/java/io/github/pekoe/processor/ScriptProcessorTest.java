package io.github.pekoe.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pekoe.SimpleHandler;
import io.github.pekoe.internal.script.ScriptCatalog;
import io.github.pekoe.internal.script.ScriptProvider;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the real processor inside javac on small source trees and checks what it generates and reports. */
class ScriptProcessorTest {

    private static final String SERVICE = "META-INF/services/io.github.pekoe.internal.script.ScriptProvider";
    private static final String NEEDS_ENTRY_POINT = "a @Script class needs 'public static void main(String[])'"
            + " or must implement Runnable with a public no-argument constructor";

    /** Writes {@code pathsAndSources} (path, source, path, source...) under {@code root} and compiles them. */
    static ProcessorCompilation compile(Path root, String... pathsAndSources) throws IOException {
        return ProcessorCompilation.compile(root, ScriptProcessor.class.getName(), pathsAndSources);
    }

    private static ScriptProvider newIndex(ClassLoader loader, String className) throws Exception {
        Object index = loader.loadClass(className).getConstructor().newInstance();
        return assertInstanceOf(ScriptProvider.class, index);
    }

    private static Object staticField(ClassLoader loader, String className, String field) throws Exception {
        return loader.loadClass(className).getField(field).get(null);
    }

    private static long count(String text, String part) {
        long count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    // ---------------------------------------------------------------------------------------------
    // A valid project: two packages, main and Runnable scripts, a nested one

    @TempDir
    static Path projectDir;
    static ProcessorCompilation project;

    @BeforeAll
    static void compileProject() throws IOException {
        project = compile(projectDir,
                "demo/Greeter.java", "package demo;\n"
                        + "import io.github.pekoe.Script;\n"
                        + "@Script(\"greeter\")\n"
                        + "public class Greeter {\n"
                        + "    public static String greeting;\n"
                        + "    public static int argCount = -1;\n"
                        + "    public static void main(String[] args) {\n"
                        + "        argCount = args.length;\n"
                        + "        greeting = \"Hello from Greeter\";\n"
                        + "    }\n"
                        + "}\n",
                "demo/Counter.java", "package demo;\n"
                        + "@io.github.pekoe.Script(\"counter\")\n"
                        + "public class Counter implements Runnable {\n"
                        + "    public static int instances;\n"
                        + "    public static int runs;\n"
                        + "    public Counter() { instances++; }\n"
                        + "    @Override public void run() { runs++; }\n"
                        + "}\n",
                "demo/Outer.java", "package demo;\n"
                        + "public class Outer {\n"
                        + "    @io.github.pekoe.Script(\"outer/nested\")\n"
                        + "    public static class Nested {\n"
                        + "        public static boolean ran;\n"
                        + "        public static void main(String[] args) { ran = true; }\n"
                        + "    }\n"
                        + "}\n",
                "demo/Thrower.java", "package demo;\n"
                        + "@io.github.pekoe.Script(value = \"thrower\")\n"
                        + "public class Thrower {\n"
                        + "    public static void main(String[] args) throws Exception {\n"
                        + "        throw new java.io.IOException(\"boom\");\n"
                        + "    }\n"
                        + "}\n",
                "demo/Plain.java", "package demo;\n"
                        + "public class Plain {\n"
                        + "    public static void main(String[] args) {}\n"
                        + "}\n",
                "demo/more/One.java", "package demo.more;\n"
                        + "@io.github.pekoe.Script(\"more/one\")\n"
                        + "public class One {\n"
                        + "    public static String seen = \"\";\n"
                        + "    public static void main(String... args) { seen += \"one\"; }\n"
                        + "}\n",
                "demo/more/Two.java", "package demo.more;\n"
                        + "@io.github.pekoe.Script(\"more-two.v2\")\n"
                        + "public class Two implements Runnable {\n"
                        + "    public static String seen = \"\";\n"
                        + "    public void run() { seen += \"two\"; }\n"
                        + "}\n");
    }

    @Test
    void validProjectCompilesWithoutErrors() {
        assertTrue(project.success, project.report());
        assertTrue(project.errors().isEmpty(), project.report());
    }

    @Test
    void generatesAnIndexPerPackageThatRegistersItsScripts() throws IOException {
        String demo = project.generatedSource("demo", "PekoeScriptIndex");
        assertTrue(demo.startsWith("package demo;\n"), demo);
        assertTrue(demo.contains("public final class PekoeScriptIndex implements io.github.pekoe.internal.script.ScriptProvider"),
                demo);
        assertTrue(demo.contains("public void registerScripts(io.github.pekoe.internal.script.ScriptCatalog catalog)"), demo);
        assertTrue(registers(demo, "greeter", "demo.Greeter.main(new String[0])"), demo);
        assertTrue(registers(demo, "counter", "new demo.Counter().run()"), demo);
        assertTrue(registers(demo, "outer/nested", "demo.Outer.Nested.main(new String[0])"), demo);
        assertTrue(registers(demo, "thrower", "demo.Thrower.main(new String[0])"), demo);
        assertEquals(4, count(demo, "catalog.add("), demo);
        assertFalse(demo.contains("Plain"), demo);
        assertFalse(demo.contains("more"), demo);

        String more = project.generatedSource("demo.more", "PekoeScriptIndex");
        assertTrue(more.startsWith("package demo.more;\n"), more);
        assertTrue(registers(more, "more/one", "demo.more.One.main(new String[0])"), more);
        assertTrue(registers(more, "more-two.v2", "new demo.more.Two().run()"), more);
        assertEquals(2, count(more, "catalog.add("), more);
    }

    @Test
    void compilesTheGeneratedIndexes() {
        assertTrue(Files.isRegularFile(project.classes.resolve("demo/PekoeScriptIndex.class")), project.report());
        assertTrue(Files.isRegularFile(project.classes.resolve("demo/more/PekoeScriptIndex.class")), project.report());
    }

    @Test
    void serviceFileListsEachIndexClassOnce() throws IOException {
        assertEquals(List.of("demo.PekoeScriptIndex", "demo.more.PekoeScriptIndex"), project.resourceLines(SERVICE));
    }

    @Test
    void eachIndexRegistersItsPackagesScriptsInANewCatalog() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ScriptCatalog demo = new ScriptCatalog();
            newIndex(loader, "demo.PekoeScriptIndex").registerScripts(demo);
            assertEquals("counter, greeter, outer/nested, thrower", demo.joinedNames());

            ScriptCatalog more = new ScriptCatalog();
            newIndex(loader, "demo.more.PekoeScriptIndex").registerScripts(more);
            assertEquals("more-two.v2, more/one", more.joinedNames());
        }
    }

    @Test
    void registeredMainBodyRunsTheClassesMainWithNoArguments() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ScriptCatalog catalog = new ScriptCatalog();
            newIndex(loader, "demo.PekoeScriptIndex").registerScripts(catalog);
            assertEquals(null, staticField(loader, "demo.Greeter", "greeting"));

            catalog.find("greeter").handle();

            assertEquals("Hello from Greeter", staticField(loader, "demo.Greeter", "greeting"));
            assertEquals(0, staticField(loader, "demo.Greeter", "argCount"));
        }
    }

    @Test
    void registeredRunnableBodyCreatesAnInstanceAndRunsIt() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ScriptCatalog catalog = new ScriptCatalog();
            newIndex(loader, "demo.PekoeScriptIndex").registerScripts(catalog);
            assertEquals(0, staticField(loader, "demo.Counter", "runs"));

            SimpleHandler counter = catalog.find("counter");
            counter.handle();
            counter.handle();

            assertEquals(2, staticField(loader, "demo.Counter", "runs"));
            assertEquals(2, staticField(loader, "demo.Counter", "instances"));
        }
    }

    @Test
    void registeredNestedStaticClassRuns() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ScriptCatalog catalog = new ScriptCatalog();
            newIndex(loader, "demo.PekoeScriptIndex").registerScripts(catalog);
            catalog.find("outer/nested").handle();
            assertEquals(true, staticField(loader, "demo.Outer$Nested", "ran"));
        }
    }

    @Test
    void checkedExceptionFromMainReachesTheCaller() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ScriptCatalog catalog = new ScriptCatalog();
            newIndex(loader, "demo.PekoeScriptIndex").registerScripts(catalog);
            IOException e = assertThrows(IOException.class, () -> catalog.find("thrower").handle());
            assertEquals("boom", e.getMessage());
        }
    }

    @Test
    void serviceLoaderFindsEveryIndexAndTheyFillOneCatalog() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ScriptCatalog catalog = new ScriptCatalog();
            List<String> found = new ArrayList<>();
            for (ScriptProvider provider : ServiceLoader.load(ScriptProvider.class, loader)) {
                found.add(provider.getClass().getName());
                provider.registerScripts(catalog);
            }
            found.sort(null);
            assertEquals(List.of("demo.PekoeScriptIndex", "demo.more.PekoeScriptIndex"), found);
            List<String> names = new ArrayList<>(List.of(catalog.joinedNames().split(", ")));
            names.sort(null);
            assertEquals(List.of("counter", "greeter", "more-two.v2", "more/one", "outer/nested", "thrower"), names);

            catalog.find("more/one").handle();
            catalog.find("more-two.v2").handle();
            assertEquals("one", staticField(loader, "demo.more.One", "seen"));
            assertEquals("two", staticField(loader, "demo.more.Two", "seen"));
        }
    }

    @Test
    void registeringAnIndexTwiceInOneCatalogIsRejectedAsDuplicate() throws Exception {
        try (URLClassLoader loader = project.loader()) {
            ScriptCatalog catalog = new ScriptCatalog();
            ScriptProvider index = newIndex(loader, "demo.more.PekoeScriptIndex");
            index.registerScripts(catalog);
            assertThrows(IllegalArgumentException.class, () -> index.registerScripts(catalog));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Other valid shapes

    @Test
    void scriptInTheUnnamedPackageGetsAnIndexWithoutPackage(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir, "Hello.java",
                "@io.github.pekoe.Script(\"hello\")\n"
                        + "public class Hello {\n"
                        + "    public static int calls;\n"
                        + "    public static void main(String[] args) { calls++; }\n"
                        + "}\n");
        assertTrue(c.success, c.report());
        String index = c.generatedSource("", "PekoeScriptIndex");
        assertFalse(index.contains("package "), index);
        assertTrue(registers(index, "hello", "Hello.main(new String[0])"), index);
        assertEquals(List.of("PekoeScriptIndex"), c.resourceLines(SERVICE));
        try (URLClassLoader loader = c.loader()) {
            ScriptCatalog catalog = new ScriptCatalog();
            newIndex(loader, "PekoeScriptIndex").registerScripts(catalog);
            catalog.find("hello").handle();
            assertEquals(1, staticField(loader, "Hello", "calls"));
        }
    }

    @Test
    void classWithBothMainAndRunUsesMain(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir, "demo/Both.java",
                "package demo;\n"
                        + "@io.github.pekoe.Script(\"both\")\n"
                        + "public class Both implements Runnable {\n"
                        + "    public static String via = \"\";\n"
                        + "    public static void main(String[] args) { via += \"main\"; }\n"
                        + "    public void run() { via += \"run\"; }\n"
                        + "}\n");
        assertTrue(c.success, c.report());
        assertTrue(registers(c.generatedSource("demo", "PekoeScriptIndex"), "both", "demo.Both.main(new String[0])"));
        try (URLClassLoader loader = c.loader()) {
            ScriptCatalog catalog = new ScriptCatalog();
            newIndex(loader, "demo.PekoeScriptIndex").registerScripts(catalog);
            catalog.find("both").handle();
            assertEquals("main", staticField(loader, "demo.Both", "via"));
        }
    }

    @Test
    void runnableWithSeveralConstructorsIncludingAPublicNoArgOneIsAccepted(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir, "demo/Multi.java",
                "package demo;\n"
                        + "@io.github.pekoe.Script(\"multi\")\n"
                        + "public class Multi implements Runnable {\n"
                        + "    public static String value = \"\";\n"
                        + "    private final String text;\n"
                        + "    public Multi(String text) { this.text = text; }\n"
                        + "    public Multi() { this(\"default\"); }\n"
                        + "    public void run() { value = text; }\n"
                        + "}\n");
        assertTrue(c.success, c.report());
        try (URLClassLoader loader = c.loader()) {
            ScriptCatalog catalog = new ScriptCatalog();
            newIndex(loader, "demo.PekoeScriptIndex").registerScripts(catalog);
            catalog.find("multi").handle();
            assertEquals("default", staticField(loader, "demo.Multi", "value"));
        }
    }

    @Test
    void runnableThroughASuperclassIsAccepted(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir,
                "demo/Base.java", "package demo;\n"
                        + "public abstract class Base implements Runnable {\n"
                        + "    public static int runs;\n"
                        + "    public void run() { runs++; }\n"
                        + "}\n",
                "demo/Child.java", "package demo;\n"
                        + "@io.github.pekoe.Script(\"child\")\n"
                        + "public class Child extends Base {}\n");
        assertTrue(c.success, c.report());
        try (URLClassLoader loader = c.loader()) {
            ScriptCatalog catalog = new ScriptCatalog();
            newIndex(loader, "demo.PekoeScriptIndex").registerScripts(catalog);
            catalog.find("child").handle();
            assertEquals(1, staticField(loader, "demo.Base", "runs"));
        }
    }

    @Test
    void withoutScriptsNothingIsGenerated(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir, "demo/Plain.java", "package demo;\npublic class Plain {}\n");
        assertTrue(c.success, c.report());
        assertFalse(Files.exists(c.generated.resolve("demo/PekoeScriptIndex.java")));
        assertFalse(Files.exists(c.classes.resolve(SERVICE)));
    }

    // ---------------------------------------------------------------------------------------------
    // Misuse: each is a compile error on the class


    @Test
    void classWithoutMainThatIsNotRunnableIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Idle.java",
                "package demo;\n"
                        + "@io.github.pekoe.Script(\"idle\")\n"
                        + "public class Idle {\n"
                        + "    public void start() {}\n"
                        + "}\n");
        c.assertOnlyError(NEEDS_ENTRY_POINT, "Idle.java");
        assertEquals(3, c.errors().get(0).getLineNumber(), c.report());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "public void main(String[] args) {}",
        "static void main(String[] args) {}",
        "public static int main(String[] args) { return 0; }",
        "public static void main() {}",
        "public static void main(String args) {}",
        "public static void main(String[] args, int more) {}",
        "public static void main(Object[] args) {}",
        "public static void Main(String[] args) {}"})
    void mainWithTheWrongShapeDoesNotCount(String main, @TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Wrong.java",
                "package demo;\n"
                        + "@io.github.pekoe.Script(\"wrong\")\n"
                        + "public class Wrong {\n"
                        + "    " + main + "\n"
                        + "}\n");
        c.assertOnlyError(NEEDS_ENTRY_POINT, "Wrong.java");
    }

    @Test
    void duplicateNameInTwoClassesIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir,
                "demo/a/First.java", "package demo.a;\n"
                        + "@io.github.pekoe.Script(\"dup\")\n"
                        + "public class First { public static void main(String[] args) {} }\n",
                "demo/b/Second.java", "package demo.b;\n"
                        + "@io.github.pekoe.Script(\"dup\")\n"
                        + "public class Second implements Runnable { public void run() {} }\n");
        assertFalse(c.success, c.report());
        assertEquals(1, c.errors().size(), c.report());
        String message = c.errorMessages().get(0);
        String file = c.errors().get(0).getSource().getName();
        if (message.endsWith("demo.a.First")) {
            assertEquals("the script name 'dup' is already used by demo.a.First", message);
            assertTrue(file.endsWith("Second.java"), c.report());
        } else {
            assertEquals("the script name 'dup' is already used by demo.b.Second", message);
            assertTrue(file.endsWith("First.java"), c.report());
        }
    }

    @Test
    void duplicateNameInOnePackageIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir,
                "demo/First.java", "package demo;\n"
                        + "@io.github.pekoe.Script(\"same\")\n"
                        + "public class First { public static void main(String[] args) {} }\n",
                "demo/Second.java", "package demo;\n"
                        + "@io.github.pekoe.Script(\"same\")\n"
                        + "public class Second { public static void main(String[] args) {} }\n");
        assertFalse(c.success, c.report());
        assertEquals(1, c.errors().size(), c.report());
        assertTrue(c.errorMessages().get(0).startsWith("the script name 'same' is already used by demo."), c.report());
    }

    @Test
    void nameWithASpaceIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Spaced.java",
                "package demo;\n"
                        + "@io.github.pekoe.Script(\"a b\")\n"
                        + "public class Spaced { public static void main(String[] args) {} }\n");
        c.assertOnlyError("the script name 'a b' has the character ' '; use letters, digits, '-', '_', '.' and '/'",
                "Spaced.java");
    }

    @Test
    void emptyNameIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Nameless.java",
                "package demo;\n"
                        + "@io.github.pekoe.Script(\"\")\n"
                        + "public class Nameless { public static void main(String[] args) {} }\n");
        c.assertOnlyError("a script name must not be empty", "Nameless.java");
    }

    @Test
    void nameFromAConstantIsChecked(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Constant.java",
                "package demo;\n"
                        + "@io.github.pekoe.Script(Constant.NAME)\n"
                        + "public class Constant {\n"
                        + "    static final String NAME = \"bad\" + \"!\";\n"
                        + "    public static void main(String[] args) {}\n"
                        + "}\n");
        c.assertOnlyError("the script name 'bad!' has the character '!'; use letters, digits, '-', '_', '.' and '/'",
                "Constant.java");
    }

    @Test
    void abstractClassIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Abstract.java",
                "package demo;\n"
                        + "@io.github.pekoe.Script(\"abstract\")\n"
                        + "public abstract class Abstract { public static void main(String[] args) {} }\n");
        c.assertOnlyError("@Script goes on a concrete class", "Abstract.java");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "public interface Shape { static void main(String[] args) {} }",
        "public enum Shape { ONE; public static void main(String[] args) {} }",
        "public @interface Shape {}"})
    void interfacesEnumsAndAnnotationsAreErrors(String declaration, @TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Shape.java",
                "package demo;\n@io.github.pekoe.Script(\"shape\")\n" + declaration + "\n");
        c.assertOnlyError("@Script goes on a concrete class", "Shape.java");
    }

    @Test
    void privateNestedClassIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Host.java",
                "package demo;\n"
                        + "public class Host {\n"
                        + "    @io.github.pekoe.Script(\"hidden\")\n"
                        + "    private static class Hidden { public static void main(String[] args) {} }\n"
                        + "}\n");
        c.assertOnlyError("a @Script class must not be private", "Host.java");
    }

    @Test
    void nonStaticInnerClassIsAnError(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Host.java",
                "package demo;\n"
                        + "public class Host {\n"
                        + "    @io.github.pekoe.Script(\"inner\")\n"
                        + "    public class Inner implements Runnable { public void run() {} }\n"
                        + "}\n");
        c.assertOnlyError("a nested @Script class must be static", "Host.java");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "public Job(String name) {}",
        "private Job() {}",
        "Job() {}",
        "protected Job() {}"})
    void runnableWithoutAPublicNoArgConstructorIsAnError(String constructor, @TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/Job.java",
                "package demo;\n"
                        + "@io.github.pekoe.Script(\"job\")\n"
                        + "public class Job implements Runnable {\n"
                        + "    " + constructor + "\n"
                        + "    public void run() {}\n"
                        + "}\n");
        c.assertOnlyError(NEEDS_ENTRY_POINT, "Job.java");
    }

    @Test
    void packagePrivateRunnableWithItsImplicitConstructorIsAnError(@TempDir Path dir) throws IOException {
        // The implicit constructor of a package-private class is not public, as @Script requires.
        ProcessorCompilation c = compile(dir, "demo/Quiet.java",
                "package demo;\n"
                        + "@io.github.pekoe.Script(\"quiet\")\n"
                        + "class Quiet implements Runnable { public void run() {} }\n");
        c.assertOnlyError(NEEDS_ENTRY_POINT, "Quiet.java");
    }

    @Test
    void validScriptsStillGetAnIndexWhenAnotherScriptIsWrong(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir,
                "demo/Good.java", "package demo;\n"
                        + "@io.github.pekoe.Script(\"good\")\n"
                        + "public class Good { public static void main(String[] args) {} }\n",
                "demo/Bad.java", "package demo;\n"
                        + "@io.github.pekoe.Script(\"bad name\")\n"
                        + "public class Bad { public static void main(String[] args) {} }\n");
        assertFalse(c.success, c.report());
        assertEquals(1, c.errors().size(), c.report());
        String index = c.generatedSource("demo", "PekoeScriptIndex");
        assertTrue(index.contains("catalog.add(\"good\""), index);
        assertFalse(index.contains("Bad"), index);
    }

    // ---------------------------------------------------------------------------------------------
    // Nesting and records

    @Test
    void classNestedInAPrivateClassIsReportedOnTheClassNotInGeneratedCode(@TempDir Path dir) throws IOException {
        ProcessorCompilation c = compile(dir, "demo/A.java",
                "package demo;\n"
                        + "public class A {\n"
                        + "    private static class B {\n"
                        + "        @io.github.pekoe.Script(\"c\")\n"
                        + "        public static class C { public static void main(String[] args) {} }\n"
                        + "    }\n"
                        + "}\n");
        assertFalse(c.success, c.report());
        for (Diagnostic<? extends JavaFileObject> error : c.errors()) {
            assertTrue(error.getSource().getName().endsWith("A.java"), c.report());
        }
    }

    @Test
    void recordWithMainIsAccepted(@TempDir Path dir) throws Exception {
        ProcessorCompilation c = compile(dir, "demo/Point.java",
                "package demo;\n"
                        + "@io.github.pekoe.Script(\"point\")\n"
                        + "public record Point(int x) { public static void main(String[] args) {} }\n");
        assertTrue(c.success, c.report());
        assertSame(true, c.generatedSource("demo", "PekoeScriptIndex").contains("catalog.add(\"point\""));
    }

    /** Tells whether the generated index registers {@code name} with an entry whose case runs {@code call}. */
    private static boolean registers(String index, String name, String call) {
        String registration = "catalog.add(\"" + name + "\", new Entry(";
        int at = index.indexOf(registration);
        if (at < 0) {
            return false;
        }
        int idStart = at + registration.length();
        String id = index.substring(idStart, index.indexOf(')', idStart));
        return index.contains("case " + id + ":\n                    " + call + ";\n                    return;");
    }
}
