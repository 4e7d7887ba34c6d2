package io.github.pekoe.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Generates, for each package with {@code @Handler} or {@code @When} methods, a
 * {@code PekoeHandlerIndex} that registers the named handlers and the start-up bindings, and lists
 * those classes in {@code META-INF/services}; {@code @When(signal = ...)} methods become listeners
 * of that signal field from the page's start. Misuse (not static, too many parameters, a parameter
 * that is not a DOM event or not the signal's result, a duplicate name, an empty event or selector,
 * a signal field that does not exist) is a compile error.
 */
@SupportedAnnotationTypes({HandlerProcessor.HANDLER, HandlerProcessor.WHEN, HandlerProcessor.WHENS})
public final class HandlerProcessor extends PekoeProcessor {
    static final String HANDLER = "io.github.pekoe.Handler";
    static final String WHEN = "io.github.pekoe.When";
    static final String WHENS = "io.github.pekoe.When.List";
    static final String INDEX_NAME = "PekoeHandlerIndex";
    static final String SERVICE = "io.github.pekoe.internal.event.HandlerProvider";
    private static final String DOM_EVENT = "org.teavm.jso.dom.events.Event";

    private final Map<String, String> nameToMethod = new LinkedHashMap<>();
    private final List<String> indexes = new ArrayList<>();

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Map<String, PackageIndex> byPackage = new TreeMap<>();
        Set<Element> methods = new LinkedHashSet<>();
        for (TypeElement annotation : annotations) {
            methods.addAll(round.getElementsAnnotatedWith(annotation));
        }
        for (Element element : methods) {
            ExecutableElement method = (ExecutableElement) element;
            String target = target(method);
            if (target == null) {
                continue;
            }
            PackageIndex index = byPackage.computeIfAbsent(packageOf(method), p -> new PackageIndex());
            List<AnnotationMirror> uses = new ArrayList<>();
            for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
                String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
                if (type.equals(HANDLER) || type.equals(WHEN)) {
                    uses.add(mirror);
                } else if (type.equals(WHENS)) {
                    for (Object nested : (List<?>) value(mirror, "value")) {
                        uses.add((AnnotationMirror) ((AnnotationValue) nested).getValue());
                    }
                }
            }
            addUses(index, method, target, uses);
        }
        for (Map.Entry<String, PackageIndex> entry : byPackage.entrySet()) {
            write(entry.getKey(), entry.getValue());
        }
        if (round.processingOver() && !indexes.isEmpty()) {
            GeneratedFiles.writeService(processingEnv, SERVICE, indexes);
        }
        return false;
    }

    /**
     * Registers what each of {@code method}'s annotations asks for: a named handler, a start-up
     * binding to an event on a selector, or a listener of a signal. The event form's parameter is
     * checked once, however many annotations use it.
     */
    private void addUses(PackageIndex index, ExecutableElement method, String target, List<AnnotationMirror> uses) {
        String eventCall = null;
        boolean eventChecked = false;
        for (AnnotationMirror mirror : uses) {
            boolean isHandler = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(HANDLER);
            String signal = isHandler ? "" : text(mirror, "signal");
            if (!signal.isEmpty()) {
                addSignal(index, method, mirror, target, signal);
                continue;
            }
            if (!eventChecked) {
                eventCall = eventCall(method, target);
                eventChecked = true;
            }
            if (eventCall == null) {
                continue;
            }
            if (isHandler) {
                addHandler(index, method, mirror, eventCall);
            } else {
                addWhen(index, method, mirror, eventCall);
            }
        }
    }

    /** Returns how generated code names {@code method} ({@code pkg.Class.method}), or null after an error. */
    private String target(ExecutableElement method) {
        if (method.getKind() != ElementKind.METHOD || !method.getModifiers().contains(Modifier.STATIC)) {
            return error(method, "a handler must be a static method");
        }
        for (Element scope = method; scope instanceof ExecutableElement || scope instanceof TypeElement;
                scope = scope.getEnclosingElement()) {
            if (scope.getModifiers().contains(Modifier.PRIVATE)) {
                return error(method, "a handler must not be private, nor inside a private class");
            }
        }
        return ((TypeElement) method.getEnclosingElement()).getQualifiedName() + "." + method.getSimpleName();
    }

    /** Returns the Java expression that calls {@code target} with {@code event}, or null after an error. */
    private String eventCall(ExecutableElement method, String target) {
        if (method.getParameters().isEmpty()) {
            return target + "()";
        }
        TypeMirror parameter = method.getParameters().get(0).asType();
        TypeElement domEvent = processingEnv.getElementUtils().getTypeElement(DOM_EVENT);
        boolean isEvent = domEvent != null
                && processingEnv.getTypeUtils().isAssignable(parameter, domEvent.asType());
        if (method.getParameters().size() > 1 || !isEvent) {
            return error(method, "a handler takes nothing or the event (" + DOM_EVENT + " or a subtype such as"
                    + " MouseEvent)");
        }
        return target + "((" + processingEnv.getTypeUtils().erasure(parameter) + ") event)";
    }

    private void addHandler(PackageIndex index, ExecutableElement method, AnnotationMirror mirror, String call) {
        Object given = value(mirror, "value");
        String name = given == null || given.toString().isEmpty() ? method.getSimpleName().toString() : given.toString();
        String problem = ScriptNames.problem(name, "handler");
        if (problem != null) {
            error(method, problem);
            return;
        }
        String where = method.getEnclosingElement() + "." + method.getSimpleName();
        String previous = nameToMethod.putIfAbsent(name, where);
        if (previous != null) {
            error(method, "the handler name '" + name + "' is already used by " + previous);
            return;
        }
        index.add("catalog.add(" + JavaText.quote(name) + ", new Entry(", call);
    }

    private void addWhen(PackageIndex index, ExecutableElement method, AnnotationMirror mirror, String call) {
        String event = text(mirror, "event");
        String selector = text(mirror, "selector");
        if (event.isEmpty() || selector.isEmpty()) {
            error(method, "@When needs an event and a selector, or a signal");
            return;
        }
        index.add("catalog.when(" + JavaText.quote(event) + ", " + JavaText.quote(selector) + ", new Entry(", call);
    }

    /** Makes {@code target} a listener of the signal field {@code signal} names, from the page's start. */
    private void addSignal(PackageIndex index, ExecutableElement method, AnnotationMirror mirror, String target,
            String signal) {
        if (!text(mirror, "event").isEmpty() || !text(mirror, "selector").isEmpty()) {
            error(method, "@When names a signal, or an event and a selector, not both");
            return;
        }
        String listener = new SignalFields(processingEnv).listener(method, target, signal);
        if (listener.startsWith(SignalFields.PROBLEM)) {
            error(method, listener.substring(SignalFields.PROBLEM.length()));
            return;
        }
        index.registrations.add(listener);
    }

    private static String text(AnnotationMirror mirror, String name) {
        Object given = value(mirror, name);
        return given == null ? "" : given.toString().trim();
    }

    private void write(String pkg, PackageIndex index) {
        String source = GeneratedFiles.index(pkg, INDEX_NAME, SERVICE, "registerHandlers",
                "io.github.pekoe.internal.event.HandlerCatalog", index.registrations, "io.github.pekoe.internal.event.DomHandler",
                "handleDom(" + DOM_EVENT + " event)", index.calls);
        String qualified = GeneratedFiles.qualified(pkg, INDEX_NAME);
        if (GeneratedFiles.writeSource(processingEnv, qualified, source)) {
            indexes.add(qualified);
        }
    }

    /** The registrations and calls of one package's index. */
    private static final class PackageIndex {
        final List<String> registrations = new ArrayList<>();
        final List<String> calls = new ArrayList<>();

        void add(String registrationStart, String call) {
            registrations.add(registrationStart + calls.size() + "));");
            calls.add(call);
        }
    }
}
