package io.github.pekoe.processor;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Finds the scripts and handlers a compilation registers in code: calls named {@code registerScript}
 * or {@code registerHandler} whose first argument is a constant string give that name, any other
 * first argument gives {@code *} (some name). Compilers without javac's tree API give {@code *} for
 * both kinds in every class, so that a build tool never takes a name registered in code for a mistake.
 * It also finds the calls named {@code jsModules} (as {@code jsModules(...)} or
 * {@code Pekoe.jsModules(...)}), whose packages' entries load the config's {@code js_modules}; without
 * the tree API it finds none, and those entries load none.
 */
final class CodeRegistrations {
    private final ProcessingEnvironment env;

    CodeRegistrations(ProcessingEnvironment env) {
        this.env = env;
    }

    /** The kind of a call to {@code jsModules(...)}; its name is empty. */
    static final String JS_MODULES = "js-modules";

    /**
     * One registration: {@code kind} is {@code code-script} or {@code code-handler}, or
     * {@link #JS_MODULES} for a call to {@code jsModules}; {@code element} the class.
     */
    record Found(String kind, String name, TypeElement element) {
    }

    /** The registrations and {@code jsModules} calls in the bodies of {@code roots}, the top-level classes of a round. */
    List<Found> scan(Set<? extends Element> roots) {
        List<Found> found = new ArrayList<>();
        Trees trees;
        try {
            trees = Trees.instance(env);
        } catch (RuntimeException | LinkageError e) {
            for (Element root : roots) {
                if (root instanceof TypeElement type) {
                    found.add(new Found("code-script", "*", type));
                    found.add(new Found("code-handler", "*", type));
                }
            }
            return found;
        }
        Set<Object> units = new HashSet<>();
        for (Element root : roots) {
            TreePath path = root instanceof TypeElement ? trees.getPath(root) : null;
            if (path != null && units.add(path.getCompilationUnit())) {
                new Scanner(found, (TypeElement) root).scan(path.getCompilationUnit(), null);
            }
        }
        return found;
    }

    /** Collects the calls of one compilation unit, naming the class {@code owner}. */
    private static final class Scanner extends TreePathScanner<Void, Void> {
        private final List<Found> found;
        private final TypeElement owner;

        Scanner(List<Found> found, TypeElement owner) {
            this.found = found;
            this.owner = owner;
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
            String method = methodName(call.getMethodSelect());
            String kind = "registerScript".equals(method) ? "code-script"
                    : "registerHandler".equals(method) ? "code-handler" : null;
            if (kind != null && !call.getArguments().isEmpty()) {
                ExpressionTree first = call.getArguments().get(0);
                boolean constant = first instanceof LiteralTree literal && literal.getValue() instanceof String;
                found.add(new Found(kind, constant ? (String) ((LiteralTree) first).getValue() : "*", owner));
            } else if ("jsModules".equals(method)) {
                found.add(new Found(JS_MODULES, "", owner));
            }
            return super.visitMethodInvocation(call, unused);
        }

        private static String methodName(ExpressionTree select) {
            if (select instanceof MemberSelectTree member) {
                return member.getIdentifier().toString();
            }
            return select instanceof IdentifierTree identifier ? identifier.getName().toString() : null;
        }
    }
}
