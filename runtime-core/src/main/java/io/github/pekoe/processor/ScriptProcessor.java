package io.github.pekoe.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Generates, for each package with {@code @Script} classes, a {@code PekoeScriptIndex} class that
 * registers them, and lists those classes in {@code META-INF/services}. Misuse (no entry point, a
 * duplicate or malformed name) is a compile error on the class.
 */
@SupportedAnnotationTypes(ScriptProcessor.SCRIPT)
public final class ScriptProcessor extends AbstractProcessor {
    static final String SCRIPT = "io.github.pekoe.script.Script";
    static final String INDEX_NAME = "PekoeScriptIndex";
    static final String SERVICE = "META-INF/services/io.github.pekoe.script.ScriptProvider";

    private final Map<String, String> nameToClass = new LinkedHashMap<>();
    private final List<String> indexes = new ArrayList<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Map<String, Map<String, String>> callsByPackage = new TreeMap<>();
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                TypeElement type = (TypeElement) element;
                String call = entryCall(type);
                if (call != null) {
                    callsByPackage.computeIfAbsent(packageOf(element), p -> new LinkedHashMap<>())
                            .put(scriptName(type), call);
                }
            }
        }
        for (Map.Entry<String, Map<String, String>> entry : callsByPackage.entrySet()) {
            writeIndex(entry.getKey(), entry.getValue());
        }
        if (round.processingOver() && !indexes.isEmpty()) {
            writeServiceFile();
        }
        return true;
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

    private String scriptName(TypeElement type) {
        for (var mirror : type.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(SCRIPT)) {
                for (var value : mirror.getElementValues().entrySet()) {
                    if (value.getKey().getSimpleName().contentEquals("value")) {
                        return String.valueOf(value.getValue().getValue());
                    }
                }
            }
        }
        return "";
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

    private String packageOf(Element element) {
        PackageElement pkg = processingEnv.getElementUtils().getPackageOf(element);
        return pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
    }

    private String error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
        return null;
    }

    /**
     * Writes the package's index: one registration per script and one small dispatcher class whose
     * switch runs them, which keeps compiled bundles smaller than one class per script.
     */
    private void writeIndex(String pkg, Map<String, String> calls) {
        String qualified = pkg.isEmpty() ? INDEX_NAME : pkg + "." + INDEX_NAME;
        StringBuilder source = new StringBuilder();
        if (!pkg.isEmpty()) {
            source.append("package ").append(pkg).append(";\n\n");
        }
        source.append("/** Registers the @Script classes of this package; generated by Pekoe. */\n")
                .append("public final class ").append(INDEX_NAME)
                .append(" implements io.github.pekoe.script.ScriptProvider {\n")
                .append("    @Override\n")
                .append("    public void registerScripts(io.github.pekoe.script.ScriptCatalog catalog) {\n");
        int id = 0;
        for (String name : calls.keySet()) {
            source.append("        catalog.add(").append(JavaText.quote(name)).append(", new Entry(").append(id++)
                    .append("));\n");
        }
        source.append("    }\n\n")
                .append("    private static final class Entry implements io.github.pekoe.script.ScriptBody {\n")
                .append("        private final int id;\n\n")
                .append("        Entry(int id) {\n            this.id = id;\n        }\n\n")
                .append("        @Override\n")
                .append("        public void run() throws Exception {\n")
                .append("            switch (id) {\n");
        id = 0;
        for (String call : calls.values()) {
            source.append("                case ").append(id++).append(":\n")
                    .append("                    ").append(call).append(";\n")
                    .append("                    return;\n");
        }
        source.append("                default:\n")
                .append("                    throw new IllegalStateException(\"no script number \" + id);\n")
                .append("            }\n        }\n    }\n}\n");
        try (Writer writer = processingEnv.getFiler().createSourceFile(qualified).openWriter()) {
            writer.write(source.toString());
            indexes.add(qualified);
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot write " + qualified + ": " + e.getMessage());
        }
    }

    private void writeServiceFile() {
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", SERVICE);
            try (Writer writer = file.openWriter()) {
                for (String index : indexes) {
                    writer.write(index);
                    writer.write('\n');
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot write " + SERVICE + ": " + e.getMessage());
        }
    }
}
