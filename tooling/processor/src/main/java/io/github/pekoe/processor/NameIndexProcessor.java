package io.github.pekoe.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
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
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes, for each package that registers anything, a small text index {@code META-INF/pekoe/PACKAGE.names}
 * (the unnamed package's is {@code default.names}): its scripts, handlers and {@code @When} bindings
 * with their source, the names registered in code, whether it reads TOML config and whether it calls
 * {@code jsModules} (so its entry loads the config's {@code js_modules}). Build tools read
 * it to check pages against what a bundle registers; pages never see it. It claims no annotation and
 * reports nothing: the other processors check misuse. Format: see {@link NameIndexFormat}.
 */
@SupportedAnnotationTypes("*")
public final class NameIndexProcessor extends PekoeProcessor {
    static final String DIRECTORY = "META-INF/pekoe/";

    private final Map<String, List<String>> linesByPackage = new TreeMap<>();

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element element : annotated(round, ScriptProcessor.SCRIPT)) {
            Object name = value(element, ScriptProcessor.SCRIPT, "value");
            add(element, NameIndexFormat.line("script", name == null ? "" : name.toString(), className(element)));
        }
        for (String type : List.of(HandlerProcessor.HANDLER, HandlerProcessor.WHEN, HandlerProcessor.WHENS)) {
            for (Element element : annotated(round, type)) {
                addMethod(element, type);
            }
        }
        for (Element element : annotated(round, PageEntryProcessor.TOML_CONFIG)) {
            add(element, "toml");
        }
        for (CodeRegistrations.Found found : new CodeRegistrations(processingEnv).scan(round.getRootElements())) {
            add(found.element(), found.kind().equals(CodeRegistrations.JS_MODULES) ? CodeRegistrations.JS_MODULES
                    : NameIndexFormat.line(found.kind(), found.name(), className(found.element())));
        }
        if (round.processingOver()) {
            linesByPackage.forEach(this::write);
        }
        return false;
    }

    /** The elements of this round annotated with {@code name}; none when that annotation is not on the class path. */
    private Set<? extends Element> annotated(RoundEnvironment round, String name) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
        return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
    }

    /** Adds the handler names and {@code @When} bindings of {@code method}'s annotations of {@code type}. */
    private void addMethod(Element method, String type) {
        if (method.getKind() != ElementKind.METHOD) {
            return;
        }
        String where = className(method) + "." + method.getSimpleName();
        for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
            String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            if (!name.equals(type)) {
                continue;
            }
            if (type.equals(HandlerProcessor.WHENS)) {
                int index = 0;
                for (Object nested : (List<?>) value(mirror, "value")) {
                    addWhen(method, (AnnotationMirror) ((AnnotationValue) nested).getValue(), where, index++);
                }
            } else if (type.equals(HandlerProcessor.WHEN)) {
                addWhen(method, mirror, where, 0);
            } else {
                Object given = value(mirror, "value");
                String handler = given == null || given.toString().isEmpty()
                        ? method.getSimpleName().toString() : given.toString();
                add(method, NameIndexFormat.line("handler", handler, where));
            }
        }
    }

    /** Adds the binding of the {@code index}-th {@code @When} on {@code method}, when it names a selector. */
    private void addWhen(Element method, AnnotationMirror mirror, String where, int index) {
        String event = text(mirror, "event");
        String selector = text(mirror, "selector");
        if (!event.isEmpty() && !selector.isEmpty()) {
            SourceLines.Place place = new SourceLines(processingEnv).place(method, "When", index);
            add(method, NameIndexFormat.line("when", event, selector, where, place.file(),
                    String.valueOf(place.line()), String.valueOf(place.column())));
        }
    }

    private static String text(AnnotationMirror mirror, String name) {
        Object given = value(mirror, name);
        return given == null ? "" : given.toString().trim();
    }

    private void add(Element element, String line) {
        List<String> lines = linesByPackage.computeIfAbsent(packageOf(element), p -> new ArrayList<>());
        if (!lines.contains(line)) {
            lines.add(line);
        }
    }

    /** The binary-style name of the top-level or nested class that holds {@code element}. */
    private static String className(Element element) {
        Element scope = element;
        while (scope != null && !(scope instanceof TypeElement)) {
            scope = scope.getEnclosingElement();
        }
        return scope == null ? "" : ((TypeElement) scope).getQualifiedName().toString();
    }

    private void write(String pkg, List<String> lines) {
        String path = DIRECTORY + (pkg.isEmpty() ? "default" : pkg) + ".names";
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path);
            try (Writer writer = file.openWriter()) {
                writer.write(NameIndexFormat.header(pkg));
                for (String line : lines) {
                    writer.write(line);
                    writer.write('\n');
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + path + ": " + e.getMessage());
        }
    }
}
