package io.github.pekoe.processor;

import java.util.Map;
import javax.annotation.processing.AbstractProcessor;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/** What Pekoe's processors share: the source version, package names, annotation values, errors. */
abstract class PekoeProcessor extends AbstractProcessor {
    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    /** The package of {@code element}, "" for the unnamed package. */
    String packageOf(Element element) {
        PackageElement pkg = processingEnv.getElementUtils().getPackageOf(element);
        return pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
    }

    /**
     * Whether the package {@code pkg} is marked {@code @LazyBundle}: its indexes stay out of
     * {@code META-INF/services}, so a bundle built from {@code Bootstrap} carries none of its code.
     */
    boolean isLazy(String pkg) {
        PackageElement element = processingEnv.getElementUtils().getPackageElement(pkg);
        return element != null && value(element, PageEntryProcessor.LAZY_BUNDLE, "value") != null;
    }

    /** Reports {@code message} as a compile error on {@code element}; returns null for the caller to return. */
    String error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
        return null;
    }

    /** The value given for {@code name} in {@code mirror}, or null when it was left at its default. */
    static Object value(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue().getValue();
            }
        }
        return null;
    }

    /** The value given for {@code name} in {@code element}'s annotation {@code annotation}, or null. */
    static Object value(Element element, String annotation, String name) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
                return value(mirror, name);
            }
        }
        return null;
    }
}
