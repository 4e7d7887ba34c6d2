package io.github.pekoe.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Generates, for each package with {@code @Script}, {@code @Handler}, {@code @When} or
 * {@code @TomlConfig} or {@code @FilesConfig}, a {@code PekoePage} class: an entry point that runs only
 * that package's scripts and handlers, with worker support, the TOML reader, the config's
 * {@code files} and their archive readers only when the package asks for them, and the loader of the
 * config's {@code js_modules} only when the package's code calls {@code jsModules(...)}, and the web API
 * in workers only when the package's worker code names it.
 * Use it as the TeaVM {@code <mainClass>} to build one small bundle per page from one Maven module.
 * A package marked {@code @LazyBundle("NAME")} gets an entry that scans no page: it registers the
 * package's scripts and exports for {@code javaImport("NAME")} (handlers there are a compile error).
 */
@SupportedAnnotationTypes({ScriptProcessor.SCRIPT, HandlerProcessor.HANDLER, HandlerProcessor.WHEN,
    HandlerProcessor.WHENS, ExportProcessor.EXPORT, PageEntryProcessor.TOML_CONFIG,
    PageEntryProcessor.FILES_CONFIG, PageEntryProcessor.LAZY_BUNDLE})
public final class PageEntryProcessor extends PekoeProcessor {
    static final String ENTRY_NAME = "PekoePage";
    /**
     * How many uses a package's entry records: scripts, handlers, exports, workers, TOML, files, archives,
     * js_modules, the web API in workers.
     */
    private static final int USES = 10;
    static final String TOML_CONFIG = "io.github.pekoe.TomlConfig";
    static final String FILES_CONFIG = "io.github.pekoe.FilesConfig";
    static final String LAZY_BUNDLE = "io.github.pekoe.LazyBundle";
    /** The package of the web API, whose use in worker code switches its worker form on. */
    static final String WEB_PACKAGE = "io.github.pekoe.web";

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TreeMap<String, boolean[]> packages = new TreeMap<>();
        Map<String, String> lazy = new HashMap<>();
        Map<String, Element> lazyElements = new HashMap<>();
        Set<Element> workerCode = new HashSet<>();
        for (TypeElement annotation : annotations) {
            if (annotation.getQualifiedName().contentEquals(LAZY_BUNDLE)) {
                for (Element element : round.getElementsAnnotatedWith(annotation)) {
                    String pkg = ((PackageElement) element).getQualifiedName().toString();
                    String name = String.valueOf(value(element, LAZY_BUNDLE, "value"));
                    String problem = lazyNameProblem(name);
                    if (problem != null) {
                        error(element, problem);
                    } else {
                        lazy.put(pkg, name);
                        lazyElements.put(pkg, element);
                        packages.computeIfAbsent(pkg, p -> new boolean[USES]);
                    }
                }
                continue;
            }
            boolean script = annotation.getQualifiedName().contentEquals(ScriptProcessor.SCRIPT);
            boolean export = annotation.getQualifiedName().contentEquals(ExportProcessor.EXPORT);
            boolean toml = annotation.getQualifiedName().contentEquals(TOML_CONFIG);
            boolean files = annotation.getQualifiedName().contentEquals(FILES_CONFIG);
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                String pkg = processingEnv.getElementUtils().getPackageOf(element).getQualifiedName().toString();
                boolean[] uses = packages.computeIfAbsent(pkg, p -> new boolean[USES]);
                if (toml || files) {
                    uses[toml ? 4 : 5] = true;
                    uses[6] |= files && unpacksArchives(element);
                } else {
                    uses[script ? 0 : export ? 2 : 1] = true;
                }
                if (export || script && runsInWorker(element)) {
                    uses[3] = true;
                    workerCode.add(export ? element.getEnclosingElement() : element);
                }
            }
        }
        markModuleUses(round, packages);
        markWorkerWebUses(workerCode, packages);
        for (var entry : packages.entrySet()) {
            boolean[] uses = entry.getValue();
            if (uses[1] && lazy.containsKey(entry.getKey())) {
                error(lazyElements.get(entry.getKey()), "a @LazyBundle package offers exports and scripts, not"
                        + " @Handler or @When: the page's bundle binds the page's events");
                continue;
            }
            write(entry.getKey(), uses, lazy.get(entry.getKey()));
        }
        return false;
    }

    /**
     * Marks the packages whose code calls {@code jsModules(...)} (by name, as {@code jsModules(...)} or
     * {@code Pekoe.jsModules(...)}), so their entry imports the config's {@code js_modules} before any
     * script runs; other bundles carry no module loader. The name index records the same calls, so the
     * page check knows which bundles load {@code js_modules}.
     */
    private void markModuleUses(RoundEnvironment round, TreeMap<String, boolean[]> packages) {
        for (CodeRegistrations.Found found : new CodeRegistrations(processingEnv).scan(round.getRootElements())) {
            boolean[] uses = packages.get(processingEnv.getElementUtils().getPackageOf(found.element())
                    .getQualifiedName().toString());
            if (uses != null && found.kind().equals(CodeRegistrations.JS_MODULES)) {
                uses[7] = true;
            }
        }
    }

    /**
     * Marks the packages whose worker code (a class with a worker {@code @Script} or an {@code @Export})
     * names the {@code web} API (imports from {@code io.github.pekoe.web}, or names it in full), so their
     * entry lets workers reach the page's elements, and those whose worker code also binds events
     * ({@link #bindsEvents}), so their entry lets workers bind the page's events; other bundles carry
     * none of it.
     */
    private void markWorkerWebUses(Set<Element> workerCode, TreeMap<String, boolean[]> packages) {
        Trees trees = trees();
        if (trees == null) {
            return;
        }
        for (Element type : workerCode) {
            String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
            boolean[] uses = packages.get(pkg);
            TreePath path = uses == null || uses[9] ? null : trees.getPath(type);
            if (path != null && namesWebApi(path.getCompilationUnit())) {
                uses[8] = true;
                uses[9] = bindsEvents(path.getCompilationUnit());
            }
        }
    }

    /**
     * Whether the code calls a method that binds events: {@code when(...)}, {@code on(...)},
     * {@code addListener(...)}, or a listener factory of the tag factories ({@code onClick(handler)}).
     */
    private static boolean bindsEvents(CompilationUnitTree unit) {
        boolean[] found = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
                ExpressionTree method = call.getMethodSelect();
                String name = method instanceof MemberSelectTree ? ((MemberSelectTree) method).getIdentifier().toString()
                        : method.toString();
                found[0] |= name.equals("when") || name.equals("on") || name.equals("addListener")
                        || name.length() > 2 && name.startsWith("on") && Character.isUpperCase(name.charAt(2))
                                && !call.getArguments().isEmpty();
                return found[0] ? null : super.visitMethodInvocation(call, unused);
            }
        }.scan(unit.getTypeDecls(), null);
        return found[0];
    }

    /** javac's syntax trees, or null under a compiler that offers none. */
    private Trees trees() {
        try {
            return Trees.instance(processingEnv);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean namesWebApi(CompilationUnitTree unit) {
        for (ImportTree each : unit.getImports()) {
            if (isWebName(each.getQualifiedIdentifier().toString())) {
                return true;
            }
        }
        boolean[] found = {false};
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMemberSelect(MemberSelectTree select, Void unused) {
                found[0] |= isWebName(select.toString());
                return found[0] ? null : super.visitMemberSelect(select, unused);
            }
        }.scan(unit.getTypeDecls(), null);
        return found[0];
    }

    private static boolean isWebName(String name) {
        return name.startsWith(WEB_PACKAGE + ".");
    }

    /** Whether a {@code @Script} element says {@code worker = true}. */
    private static boolean runsInWorker(Element element) {
        return Boolean.TRUE.equals(value(element, ScriptProcessor.SCRIPT, "worker"));
    }

    /** Whether a {@code @FilesConfig} element says {@code archives = true}. */
    private static boolean unpacksArchives(Element element) {
        return Boolean.TRUE.equals(value(element, FILES_CONFIG, "archives"));
    }

    /** Why {@code name} cannot name a lazy bundle, or null: letters, digits, '-', '_' and '.'. */
    static String lazyNameProblem(String name) {
        if (name.isEmpty()) {
            return "a @LazyBundle name must not be empty";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.')) {
                return "the @LazyBundle name '" + name + "' has the character '" + c
                        + "'; use letters, digits, '-', '_' and '.'";
            }
        }
        return null;
    }

    /**
     * Writes the package's entry; {@code uses} says scripts, handlers, exports, workers, TOML, files,
     * archives, js_modules, the web API in workers, event bindings in workers; {@code lazy} is the package's {@code @LazyBundle} name, or null.
     */
    private void write(String pkg, boolean[] uses, String lazy) {
        boolean scripts = uses[0];
        boolean handlers = uses[1];
        boolean exports = uses[2];
        boolean workers = uses[3];
        StringBuilder source = new StringBuilder();
        if (!pkg.isEmpty()) {
            source.append("package ").append(pkg).append(";\n\n");
        }
        source.append("/** Runs this package's scripts, handlers and exports: a bundle's entry point; generated by Pekoe. */\n")
                .append("public final class ").append(ENTRY_NAME).append(" {\n")
                .append("    private ").append(ENTRY_NAME).append("() {\n    }\n\n")
                .append("    /** Starts the page or the worker; the bundle calls it with its own URL once the document is parsed. */\n")
                .append("    public static void main(String[] args) {\n")
                .append(uses[4] ? "        io.github.pekoe.boot.Bootstrap.enableToml();\n" : "")
                .append(uses[5] ? "        io.github.pekoe.boot.Bootstrap.enableFiles();\n" : "")
                .append(uses[6] ? "        io.github.pekoe.boot.Bootstrap.enableArchives();\n" : "")
                .append(uses[7] ? "        io.github.pekoe.boot.Bootstrap.enableJsModules();\n" : "")
                .append(workers ? "        io.github.pekoe.boot.Bootstrap.enableWorkers();\n" : "")
                .append(uses[8] ? "        io.github.pekoe.boot.Bootstrap.enableWorkerWeb();\n" : "")
                .append(uses[9] ? "        io.github.pekoe.boot.Bootstrap.enableWorkerEvents();\n" : "")
                .append(exports && lazy == null ? "        io.github.pekoe.boot.Bootstrap.addExports(new " + ExportProcessor.INDEX_NAME
                        + "());\n" : "")
                .append(lazy != null ? "        io.github.pekoe.boot.Bootstrap.startLazy(args, " + JavaText.quote(lazy) + ", "
                        : "        io.github.pekoe.boot.Bootstrap.start(args, ")
                .append(scripts ? "new " + ScriptProcessor.INDEX_NAME + "()" : "catalog -> { }").append(", ")
                .append(lazy != null ? (exports ? "new " + ExportProcessor.INDEX_NAME + "()" : "null")
                        : handlers ? "new " + HandlerProcessor.INDEX_NAME + "()" : "null").append(");\n")
                .append("    }\n}\n");
        GeneratedFiles.writeSource(processingEnv, GeneratedFiles.qualified(pkg, ENTRY_NAME), source.toString());
    }
}
