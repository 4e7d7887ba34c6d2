package io.github.pekoe.processor;

import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Resolves the signal a {@code @When(signal = "...")} names, a static {@code Signal} field, and
 * writes the statement that makes the annotated method its listener.
 */
final class SignalFields {
    /** What {@link #listener} returns first when it returns a problem instead of a statement. */
    static final String PROBLEM = "problem:";
    private static final String SIGNAL = "io.github.pekoe.Signal";

    private final ProcessingEnvironment env;

    SignalFields(ProcessingEnvironment env) {
        this.env = env;
    }

    /**
     * The statement that adds {@code target} (the method, as generated code names it) as a listener
     * of the field {@code name} names: {@code field} in the method's class or a class around it,
     * {@code Type.field} with a type of the method's package or nested in its class, or a fully
     * qualified {@code pkg.Type.field}. A problem is returned as {@link #PROBLEM} and its message.
     */
    String listener(ExecutableElement method, String target, String name) {
        Element field = find(method, name);
        String named = "@When(signal = \"" + name + "\")";
        if (field == null) {
            return PROBLEM + named + " names no field: write a static Signal field of this class, Type.field"
                    + " or a fully qualified pkg.Type.field";
        }
        if (!field.getModifiers().contains(Modifier.STATIC) || field.getModifiers().contains(Modifier.PRIVATE)) {
            return PROBLEM + named + ": the field must be static and not private";
        }
        Types types = env.getTypeUtils();
        TypeMirror fieldType = field.asType();
        TypeElement signal = env.getElementUtils().getTypeElement(SIGNAL);
        if (signal == null || fieldType.getKind() != TypeKind.DECLARED
                || !types.isSameType(types.erasure(fieldType), types.erasure(signal.asType()))) {
            return PROBLEM + named + ": the field is a " + fieldType + ", not a " + SIGNAL;
        }
        String reference = ((TypeElement) field.getEnclosingElement()).getQualifiedName() + "." + field.getSimpleName();
        List<? extends TypeMirror> arguments = ((DeclaredType) fieldType).getTypeArguments();
        if (method.getParameters().isEmpty()) {
            return reference + ".addListener(result -> " + target + "());";
        }
        TypeMirror parameter = method.getParameters().get(0).asType();
        if (method.getParameters().size() > 1 || arguments.isEmpty()
                || !types.isAssignable(upperBound(arguments.get(0)), parameter)) {
            return PROBLEM + "a method bound to " + named + " takes nothing or the signal's result ("
                    + (arguments.isEmpty() ? "the field names no result type: declare it as Signal<T>"
                            : arguments.get(0) + " or a supertype") + ")";
        }
        return reference + ".addListener(result -> " + target + "(result));";
    }

    /** What a listener of a {@code Signal<argument>} receives: the argument, or a wildcard's upper bound. */
    private TypeMirror upperBound(TypeMirror argument) {
        if (argument.getKind() != TypeKind.WILDCARD) {
            return argument;
        }
        TypeMirror bound = ((WildcardType) argument).getExtendsBound();
        return bound != null ? bound : env.getElementUtils().getTypeElement("java.lang.Object").asType();
    }

    private Element find(ExecutableElement method, String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            for (Element scope = method.getEnclosingElement(); scope instanceof TypeElement;
                    scope = scope.getEnclosingElement()) {
                Element field = fieldOf((TypeElement) scope, name);
                if (field != null) {
                    return field;
                }
            }
            return null;
        }
        TypeElement type = type(method, name.substring(0, dot));
        return type == null ? null : fieldOf(type, name.substring(dot + 1));
    }

    /** The type {@code name} means where {@code method} is: fully qualified, in its package, or nested in its class. */
    private TypeElement type(ExecutableElement method, String name) {
        TypeElement type = env.getElementUtils().getTypeElement(name);
        if (type != null) {
            return type;
        }
        PackageElement pkg = env.getElementUtils().getPackageOf(method);
        if (!pkg.isUnnamed()) {
            type = env.getElementUtils().getTypeElement(pkg.getQualifiedName() + "." + name);
            if (type != null) {
                return type;
            }
        }
        for (Element scope = method.getEnclosingElement(); scope instanceof TypeElement;
                scope = scope.getEnclosingElement()) {
            type = env.getElementUtils().getTypeElement(((TypeElement) scope).getQualifiedName() + "." + name);
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    private static Element fieldOf(TypeElement type, String name) {
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.FIELD && member.getSimpleName().contentEquals(name)) {
                return member;
            }
        }
        return null;
    }
}
