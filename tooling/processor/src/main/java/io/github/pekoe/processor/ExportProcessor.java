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
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Generates, for each package with {@code @Export} methods, a {@code PekoeExportIndex} that registers
 * them in the worker's export catalogue, each behind a dispatcher that reads the call's arguments into
 * the method's parameter types, and lists those classes in {@code META-INF/services}. Misuse (not
 * static, private, a parameter type that cannot cross threads, a duplicate or malformed name) is a
 * compile error on the method.
 */
@SupportedAnnotationTypes(ExportProcessor.EXPORT)
public final class ExportProcessor extends PekoeProcessor {
    static final String EXPORT = "io.github.pekoe.Export";
    static final String INDEX_NAME = "PekoeExportIndex";
    static final String SERVICE = "io.github.pekoe.internal.worker.ExportProvider";
    private static final String ARGS = "io.github.pekoe.internal.worker.WorkerArgs";

    private final Map<String, String> nameToMethod = new LinkedHashMap<>();
    private final List<String> indexes = new ArrayList<>();

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Map<String, Map<String, String>> byPackage = new TreeMap<>();
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                ExecutableElement method = (ExecutableElement) element;
                String name = exportName(method);
                String call = call(method, name);
                if (call != null) {
                    byPackage.computeIfAbsent(packageOf(method), p -> new LinkedHashMap<>()).put(name, call);
                }
            }
        }
        for (Map.Entry<String, Map<String, String>> entry : byPackage.entrySet()) {
            write(entry.getKey(), entry.getValue());
        }
        if (round.processingOver() && !indexes.isEmpty()) {
            GeneratedFiles.writeService(processingEnv, SERVICE, indexes);
        }
        return false;
    }

    private static String exportName(ExecutableElement method) {
        Object given = value(method, EXPORT, "value");
        return given == null || given.toString().isEmpty() ? method.getSimpleName().toString() : given.toString();
    }

    /** The statements that call {@code method} with the arguments and return its result, or null after an error. */
    private String call(ExecutableElement method, String name) {
        if (method.getKind() != ElementKind.METHOD || !method.getModifiers().contains(Modifier.STATIC)) {
            return error(method, "an @Export method must be static");
        }
        for (Element scope = method; scope instanceof ExecutableElement || scope instanceof TypeElement;
                scope = scope.getEnclosingElement()) {
            if (scope.getModifiers().contains(Modifier.PRIVATE)) {
                return error(method, "an @Export method must not be private, nor inside a private class");
            }
        }
        String problem = ScriptNames.problem(name, "export");
        if (problem != null) {
            return error(method, problem);
        }
        String where = method.getEnclosingElement() + "." + method.getSimpleName();
        String previous = nameToMethod.putIfAbsent(name, where);
        if (previous != null) {
            return error(method, "the export name '" + name + "' is already used by " + previous);
        }
        String quoted = JavaText.quote(name);
        List<String> arguments = new ArrayList<>();
        StringBuilder checks = new StringBuilder();
        List<? extends VariableElement> parameters = method.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            String argument = argument(parameters.get(i).asType(), quoted, i);
            if (argument == null) {
                return error(parameters.get(i), "an @Export parameter is a String, boolean, a number type or its"
                        + " box, byte[], List, Map or Object, not " + parameters.get(i).asType());
            }
            arguments.add(argument);
            checks.append(rangeCheck(parameters.get(i).asType(), name, quoted, i));
        }
        String invocation = ((TypeElement) method.getEnclosingElement()).getQualifiedName() + "."
                + method.getSimpleName() + "(" + String.join(", ", arguments) + ")";
        String count = ARGS + ".count(" + quoted + ", args, " + parameters.size() + ");\n                    "
                + checks;
        return method.getReturnType().getKind() == TypeKind.VOID
                ? count + invocation + ";\n                    return null"
                : count + "return " + invocation;
    }

    /** The expression that reads argument {@code i} as {@code type}, or null when the type cannot cross. */
    private String argument(TypeMirror type, String name, int i) {
        String read = ARGS + ".%s(" + name + ", args, " + i + ")";
        switch (type.getKind()) {
            case BOOLEAN:
                return String.format(read, "bool");
            case INT:
                return "(int) " + String.format(read, "whole");
            case LONG:
                return String.format(read, "whole");
            case SHORT:
                return "(short) " + String.format(read, "whole");
            case BYTE:
                return "(byte) " + String.format(read, "whole");
            case DOUBLE:
                return String.format(read, "number") + ".doubleValue()";
            case FLOAT:
                return String.format(read, "number") + ".floatValue()";
            case ARRAY:
                return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
                        ? String.format(read, "bytes") : null;
            case DECLARED:
                return declared(qualifiedName(type), read);
            default:
                return null;
        }
    }

    private static String declared(String erased, String read) {
        switch (erased) {
            case "java.lang.String":
                return String.format(read, "string");
            case "java.lang.Object":
                return String.format(read, "object");
            case "java.util.List":
                return "(java.util.List) " + String.format(read, "list");
            case "java.util.Map":
                return "(java.util.Map) " + String.format(read, "map");
            case "java.lang.Boolean":
                return "(Boolean) " + String.format(read, "bool");
            case "java.lang.Long":
                return "(Long) " + String.format(read, "whole");
            case "java.lang.Integer":
                return "(Integer) (int) " + String.format(read, "whole");
            case "java.lang.Short":
                return "(Short) (short) " + String.format(read, "whole");
            case "java.lang.Byte":
                return "(Byte) (byte) " + String.format(read, "whole");
            case "java.lang.Double":
                return "(Double) " + String.format(read, "number") + ".doubleValue()";
            case "java.lang.Float":
                return "(Float) " + String.format(read, "number") + ".floatValue()";
            default:
                return null;
        }
    }

    /** The qualified name of a declared type, without its type arguments and type annotations. */
    private static String qualifiedName(TypeMirror type) {
        return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }

    /**
     * The statement that rejects argument {@code i} of the export {@code name} when it is a whole number
     * outside the range of an int, short or byte parameter (or its box), or "" for other types.
     */
    private static String rangeCheck(TypeMirror type, String name, String quoted, int i) {
        String narrow;
        long min;
        long max;
        switch (type.getKind() == TypeKind.DECLARED ? qualifiedName(type) : type.getKind().name()) {
            case "INT":
            case "java.lang.Integer":
                narrow = "int";
                min = Integer.MIN_VALUE;
                max = Integer.MAX_VALUE;
                break;
            case "SHORT":
            case "java.lang.Short":
                narrow = "short";
                min = Short.MIN_VALUE;
                max = Short.MAX_VALUE;
                break;
            case "BYTE":
            case "java.lang.Byte":
                narrow = "byte";
                min = Byte.MIN_VALUE;
                max = Byte.MAX_VALUE;
                break;
            default:
                return "";
        }
        String read = ARGS + ".whole(" + quoted + ", args, " + i + ")";
        String message = JavaText.quote("export '" + name + "': argument " + (i + 1) + " must be a whole number from "
                + min + " to " + max + ", not ");
        String got = "args.get(" + i + ")";
        return "if ((" + narrow + ") " + read + " != " + read + ") {\n"
                + "                        throw new IllegalArgumentException(" + message + " + " + got
                + ".getClass().getSimpleName() + \" \" + " + got + ");\n"
                + "                    }\n                    ";
    }

    private void write(String pkg, Map<String, String> calls) {
        List<String> registrations = new ArrayList<>();
        int id = 0;
        for (String name : calls.keySet()) {
            registrations.add("catalog.add(" + JavaText.quote(name) + ", new Entry(" + id++ + "));");
        }
        String source = GeneratedFiles.index(pkg, INDEX_NAME, SERVICE, "registerExports",
                "io.github.pekoe.internal.worker.ExportCatalog", registrations, "io.github.pekoe.worker.WorkerFunction",
                "Object", "call(java.util.List<Object> args)", new ArrayList<>(calls.values()));
        String qualified = GeneratedFiles.qualified(pkg, INDEX_NAME);
        if (GeneratedFiles.writeSource(processingEnv, qualified, source) && !isLazy(pkg)) {
            indexes.add(qualified);
        }
    }
}
