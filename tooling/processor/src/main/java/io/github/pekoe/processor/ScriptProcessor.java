package io.github.pekoe.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Generates, for each package with {@code @Script} classes, a {@code PekoeScriptIndex} class that
 * registers them, and lists those classes in {@code META-INF/services}. Misuse (no entry point, a
 * duplicate or malformed name) is a compile error on the class.
 */
@SupportedAnnotationTypes(ScriptProcessor.SCRIPT)
public final class ScriptProcessor extends PekoeProcessor {
    static final String SCRIPT = "io.github.pekoe.Script";
    static final String INDEX_NAME = "PekoeScriptIndex";
    static final String SERVICE = "io.github.pekoe.internal.script.ScriptProvider";

    private final Map<String, String> nameToClass = new LinkedHashMap<>();
    private final List<String> indexes = new ArrayList<>();

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Map<String, Map<String, String>> callsByPackage = new TreeMap<>();
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                TypeElement type = (TypeElement) element;
                String call = entryCall(type);
                if (call != null) {
                    callsByPackage.computeIfAbsent(packageOf(element), p -> new TreeMap<>())
                            .put(scriptName(type), call);
                }
            }
        }
        for (Map.Entry<String, Map<String, String>> entry : callsByPackage.entrySet()) {
            writeIndex(entry.getKey(), entry.getValue());
        }
        if (round.processingOver() && !indexes.isEmpty()) {
            GeneratedFiles.writeService(processingEnv, SERVICE, indexes);
        }
        return false;
    }

    /** Returns the Java expression that runs {@code type}, or null after reporting why it cannot. */
    private String entryCall(TypeElement type) {
        String name = scriptName(type);
        String problem = ScriptNames.problem(name);
        if (problem != null) {
            return error(type, problem);
        }
        String previous = nameToClass.putIfAbsent(name, type.getQualifiedName().toString());
        if (previous != null) {
            return error(type, "the script name '" + name + "' is already used by " + previous);
        }
        boolean concrete = type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.RECORD;
        if (!concrete || type.getModifiers().contains(Modifier.ABSTRACT)) {
            return error(type, "@Script goes on a concrete class");
        }
        if (type.getNestingKind().isNested() && !type.getModifiers().contains(Modifier.STATIC)) {
            return error(type, "a nested @Script class must be static");
        }
        for (Element scope = type; scope instanceof TypeElement; scope = scope.getEnclosingElement()) {
            if (scope.getModifiers().contains(Modifier.PRIVATE)) {
                return error(type, scope == type ? "a @Script class must not be private"
                        : "a @Script class must not be inside a private class (" + scope.getSimpleName() + ")");
            }
        }
        String className = type.getQualifiedName().toString();
        if (hasMain(type)) {
            return className + ".main(new String[0])";
        }
        if (isRunnable(type) && hasUsableConstructor(type)) {
            return "new " + className + "().run()";
        }
        return error(type, "a @Script class needs 'public static void main(String[])' or must implement"
                + " Runnable with a public no-argument constructor");
    }

    private static String scriptName(TypeElement type) {
        Object given = value(type, SCRIPT, "value");
        return given == null ? "" : given.toString();
    }

    private boolean hasMain(TypeElement type) {
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() != ElementKind.METHOD || !member.getSimpleName().contentEquals("main")) {
                continue;
            }
            ExecutableElement method = (ExecutableElement) member;
            Set<Modifier> modifiers = method.getModifiers();
            if (modifiers.contains(Modifier.PUBLIC) && modifiers.contains(Modifier.STATIC)
                    && method.getReturnType().getKind() == TypeKind.VOID
                    && method.getParameters().size() == 1
                    && method.getParameters().get(0).asType().toString().equals("java.lang.String[]")) {
                return true;
            }
        }
        return false;
    }

    private boolean isRunnable(TypeElement type) {
        TypeMirror runnable = processingEnv.getElementUtils().getTypeElement("java.lang.Runnable").asType();
        return processingEnv.getTypeUtils().isAssignable(type.asType(), runnable);
    }

    private boolean hasUsableConstructor(TypeElement type) {
        boolean declaresAny = false;
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.CONSTRUCTOR) {
                declaresAny = true;
                ExecutableElement constructor = (ExecutableElement) member;
                if (constructor.getParameters().isEmpty() && constructor.getModifiers().contains(Modifier.PUBLIC)) {
                    return true;
                }
            }
        }
        return !declaresAny;
    }

    /**
     * Writes the package's index: one registration per script, sorted by name (the order a page's
     * messages list them in), and one dispatcher whose switch runs them.
     */
    private void writeIndex(String pkg, Map<String, String> calls) {
        List<String> registrations = new ArrayList<>();
        int id = 0;
        for (String name : calls.keySet()) {
            registrations.add("catalog.add(" + JavaText.quote(name) + ", new Entry(" + id++ + "));");
        }
        String source = GeneratedFiles.index(pkg, INDEX_NAME, "io.github.pekoe.internal.script.ScriptProvider",
                "registerScripts", "io.github.pekoe.internal.script.ScriptCatalog", registrations,
                "io.github.pekoe.SimpleHandler", "handle()", new ArrayList<>(calls.values()));
        String qualified = GeneratedFiles.qualified(pkg, INDEX_NAME);
        if (GeneratedFiles.writeSource(processingEnv, qualified, source) && !isLazy(pkg)) {
            indexes.add(qualified);
        }
    }
}
