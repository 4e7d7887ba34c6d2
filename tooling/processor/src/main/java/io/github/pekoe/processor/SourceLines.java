package io.github.pekoe.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * Where an annotation is written, for messages of build tools: its source file relative to the source
 * root, and its line and column. Compilers without javac's tree API give the conventional file name
 * of the enclosing top-level class and line 0.
 */
final class SourceLines {
    private final ProcessingEnvironment env;

    SourceLines(ProcessingEnvironment env) {
        this.env = env;
    }

    /** A declaration's place: {@code line} and {@code column} are 1-based, 0 when unknown. */
    record Place(String file, long line, long column) {
    }

    /**
     * Where the {@code index}-th annotation named {@code simpleName} is written on the method
     * {@code element}, or where the method starts when it cannot be told.
     */
    Place place(Element element, String simpleName, int index) {
        String file = conventionalFile(element);
        try {
            Trees trees = Trees.instance(env);
            TreePath path = trees.getPath(element);
            if (path == null) {
                return new Place(file, 0, 0);
            }
            Tree leaf = path.getLeaf();
            if (leaf instanceof MethodTree method) {
                List<AnnotationTree> named = new ArrayList<>();
                for (AnnotationTree annotation : method.getModifiers().getAnnotations()) {
                    Tree type = annotation.getAnnotationType();
                    String name = type instanceof MemberSelectTree select ? select.getIdentifier().toString()
                            : type.toString();
                    if (name.equals(simpleName)) {
                        named.add(annotation);
                    }
                }
                leaf = index < named.size() ? named.get(index) : leaf;
            }
            CompilationUnitTree unit = path.getCompilationUnit();
            long start = trees.getSourcePositions().getStartPosition(unit, leaf);
            LineMap lines = unit.getLineMap();
            if (start < 0 || lines == null) {
                return new Place(file, 0, 0);
            }
            String name = unit.getSourceFile().getName();
            int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
            String dir = file.substring(0, file.lastIndexOf('/') + 1);
            return new Place(dir + name.substring(slash + 1), lines.getLineNumber(start), lines.getColumnNumber(start));
        } catch (RuntimeException | LinkageError e) {
            return new Place(file, 0, 0);
        }
    }

    /** {@code pkg/dirs/TopLevel.java} for the top-level class that holds {@code element}. */
    private String conventionalFile(Element element) {
        Element top = element;
        while (top.getEnclosingElement() != null && top.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
            top = top.getEnclosingElement();
        }
        String pkg = env.getElementUtils().getPackageOf(element).getQualifiedName().toString();
        return (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + top.getSimpleName() + ".java";
    }
}
