package io.github.pekoe.teavm;

import io.github.pekoe.teavm.text.RegexTranslation;
import io.github.pekoe.teavm.text.RegexTranslator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.teavm.model.BasicBlock;
import org.teavm.model.Incoming;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodReference;
import org.teavm.model.Phi;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.AssignInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.util.UsageExtractor;

/**
 * Routes {@code java.util.regex.Pattern} and {@code Matcher} within one method to Pekoe's {@code
 * BrowserPattern} and {@code BrowserMatcher}: a {@code Pattern.compile(constant)} (with no flags or
 * {@code DOTALL}) whose pattern {@link RegexTranslator} translates with groups that capture as Java's
 * do, when every use of the pattern, and of each matcher it makes, is a call those classes offer. A
 * pattern or matcher that goes anywhere else (a field, an argument, a return value, a merge of two
 * values) keeps {@code java.util.regex}, and so do all the matchers of that pattern.
 * {@code Pattern.matches(constant, input)} is routed on its own.
 */
final class PatternRoutes {
    private static final String PATTERN = "java.util.regex.Pattern";
    private static final String MATCHER = "java.util.regex.Matcher";
    private static final String SMALL_PATTERN = "io.github.pekoe.internal.text.BrowserPattern";
    private static final String SMALL_MATCHER = "io.github.pekoe.internal.text.BrowserMatcher";
    private static final ValueType TEXT = ValueType.object("java.lang.String");
    private static final int DOTALL = 32;

    private static final MethodReference COMPILE = new MethodReference(PATTERN, "compile", TEXT,
            ValueType.object(PATTERN));
    private static final MethodReference COMPILE_FLAGS = new MethodReference(PATTERN, "compile", TEXT,
            ValueType.INTEGER, ValueType.object(PATTERN));
    private static final MethodReference MATCHES = new MethodReference(PATTERN, "matches", TEXT,
            ValueType.object("java.lang.CharSequence"), ValueType.BOOLEAN);
    private static final MethodReference SMALL_COMPILE = new MethodReference(SMALL_PATTERN, "compile", TEXT, TEXT,
            ValueType.INTEGER, TEXT, ValueType.INTEGER, ValueType.object(SMALL_PATTERN));
    private static final MethodReference SMALL_MATCHES = new MethodReference(SMALL_PATTERN, "matches", TEXT,
            ValueType.object("java.lang.CharSequence"), ValueType.BOOLEAN);

    /** Pattern's methods that BrowserPattern offers, by descriptor. */
    private static final Set<String> PATTERN_METHODS = Set.of(
            "matcher(Ljava/lang/CharSequence;)Ljava/util/regex/Matcher;",
            "pattern()Ljava/lang/String;", "toString()Ljava/lang/String;", "flags()I",
            "split(Ljava/lang/CharSequence;)[Ljava/lang/String;",
            "split(Ljava/lang/CharSequence;I)[Ljava/lang/String;",
            "asPredicate()Ljava/util/function/Predicate;", "asMatchPredicate()Ljava/util/function/Predicate;");
    /** Matcher's methods that BrowserMatcher offers, by descriptor. */
    private static final Set<String> MATCHER_METHODS = Set.of(
            "matches()Z", "lookingAt()Z", "find()Z", "find(I)Z", "group()Ljava/lang/String;",
            "group(I)Ljava/lang/String;", "group(Ljava/lang/String;)Ljava/lang/String;", "groupCount()I",
            "start()I", "end()I", "reset()Ljava/util/regex/Matcher;",
            "reset(Ljava/lang/CharSequence;)Ljava/util/regex/Matcher;",
            "appendReplacement(Ljava/lang/StringBuilder;Ljava/lang/String;)Ljava/util/regex/Matcher;",
            "appendTail(Ljava/lang/StringBuilder;)Ljava/lang/StringBuilder;",
            "replaceAll(Ljava/lang/String;)Ljava/lang/String;",
            "replaceFirst(Ljava/lang/String;)Ljava/lang/String;");
    /** Matcher's methods with a group number, offered for group 0, which BrowserMatcher knows the bounds of. */
    private static final Set<String> WHOLE_MATCH_METHODS = Set.of("start(I)I", "end(I)I");

    private final Program program;
    private final Map<Variable, Object> constants;
    private final Map<Variable, List<Instruction>> uses = new HashMap<>();
    private final Set<Variable> merged = new HashSet<>();

    private PatternRoutes(Program program) {
        this.program = program;
        this.constants = ProgramConstants.all(program);
    }

    /** Routes the method's patterns that can be routed. */
    static void transform(Program program) {
        List<InvokeInstruction> compiles = new ArrayList<>();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction instruction : block) {
                if (instruction instanceof InvokeInstruction) {
                    MethodReference method = ((InvokeInstruction) instruction).getMethod();
                    if (method.equals(COMPILE) || method.equals(COMPILE_FLAGS) || method.equals(MATCHES)) {
                        compiles.add((InvokeInstruction) instruction);
                    }
                }
            }
        }
        if (!compiles.isEmpty()) {
            PatternRoutes routes = new PatternRoutes(program);
            routes.findUses();
            compiles.forEach(routes::route);
        }
    }

    private void findUses() {
        UsageExtractor extractor = new UsageExtractor();
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Phi phi : block.getPhis()) {
                for (Incoming incoming : phi.getIncomings()) {
                    merged.add(incoming.getValue());
                }
            }
            for (Instruction instruction : block) {
                instruction.acceptVisitor(extractor);
                for (Variable used : extractor.getUsedVariables()) {
                    uses.computeIfAbsent(used, v -> new ArrayList<>()).add(instruction);
                }
            }
        }
    }

    private void route(InvokeInstruction compile) {
        List<? extends Variable> args = compile.getArguments();
        Object pattern = constants.get(args.get(0));
        if (!(pattern instanceof String)) {
            return;
        }
        if (compile.getMethod().equals(MATCHES)) {
            RegexTranslator.translate((String) pattern).ifPresent(translated -> replace(compile, SMALL_MATCHES,
                    CompactStringsPlugin.constant(program, compile, translated.source()), args.get(1)));
            return;
        }
        Object flags = args.size() > 1 ? constants.get(args.get(1)) : Integer.valueOf(0);
        if (!Integer.valueOf(0).equals(flags) && !Integer.valueOf(DOTALL).equals(flags)) {
            return;
        }
        Optional<RegexTranslation> translated = RegexTranslator.translate((String) pattern, flags.equals(DOTALL));
        List<InvokeInstruction> calls = new ArrayList<>();
        if (translated.isEmpty() || !translated.get().capturesExact() || compile.getReceiver() == null
                || !usedAs(compile.getReceiver(), PATTERN_METHODS, calls)) {
            return;
        }
        RegexTranslation translation = translated.get();
        replace(compile, SMALL_COMPILE, args.get(0),
                CompactStringsPlugin.constant(program, compile, translation.source()),
                CompactStringsPlugin.integer(program, compile, translation.groups()),
                CompactStringsPlugin.constant(program, compile, translation.names()),
                CompactStringsPlugin.integer(program, compile, (Integer) flags));
        for (InvokeInstruction call : calls) {
            rewrite(call);
        }
    }

    /**
     * Whether every use of {@code value} is a call of one of {@code methods} on it (or a copy of it),
     * and every matcher those calls return is used so too; the calls are added to {@code calls}.
     */
    private boolean usedAs(Variable value, Set<String> methods, List<InvokeInstruction> calls) {
        if (merged.contains(value)) {
            return false;
        }
        for (Instruction use : uses.getOrDefault(value, List.of())) {
            if (use instanceof AssignInstruction) {
                if (!usedAs(((AssignInstruction) use).getReceiver(), methods, calls)) {
                    return false;
                }
                continue;
            }
            if (!(use instanceof InvokeInstruction)) {
                return false;
            }
            InvokeInstruction call = (InvokeInstruction) use;
            String descriptor = call.getMethod().getDescriptor().toString();
            boolean ownClass = call.getMethod().getClassName().equals(methods == PATTERN_METHODS ? PATTERN : MATCHER);
            boolean wholeMatch = methods == MATCHER_METHODS && WHOLE_MATCH_METHODS.contains(descriptor)
                    && Integer.valueOf(0).equals(constants.get(call.getArguments().get(0)));
            if (call.getInstance() != value || call.getArguments().contains(value) || !ownClass
                    || !methods.contains(descriptor) && !wholeMatch) {
                return false;
            }
            calls.add(call);
            boolean returnsMatcher = call.getMethod().getReturnType().isObject(MATCHER);
            if (returnsMatcher && call.getReceiver() != null
                    && !usedAs(call.getReceiver(), MATCHER_METHODS, calls)) {
                return false;
            }
        }
        return true;
    }

    /** Replaces a Pattern or Matcher call with the same call on Pekoe's class. */
    private void rewrite(InvokeInstruction call) {
        MethodReference method = call.getMethod();
        boolean pattern = method.getClassName().equals(PATTERN);
        MethodDescriptor descriptor = method.getDescriptor();
        if (WHOLE_MATCH_METHODS.contains(descriptor.toString())) {
            descriptor = new MethodDescriptor(method.getName(), ValueType.INTEGER);
        }
        ValueType[] signature = descriptor.getSignature().clone();
        for (int i = 0; i < signature.length; i++) {
            if (signature[i].isObject(MATCHER)) {
                signature[i] = ValueType.object(SMALL_MATCHER);
            }
        }
        MethodReference small = new MethodReference(pattern ? SMALL_PATTERN : SMALL_MATCHER,
                new MethodDescriptor(descriptor.getName(), signature));
        InvokeInstruction routed = new InvokeInstruction();
        routed.setType(InvocationType.VIRTUAL);
        routed.setMethod(small);
        routed.setInstance(call.getInstance());
        routed.setArguments(descriptor.parameterCount() == 0 ? new Variable[0]
                : call.getArguments().toArray(new Variable[0]));
        routed.setReceiver(call.getReceiver());
        routed.setLocation(call.getLocation());
        call.replace(routed);
    }

    private static void replace(InvokeInstruction call, MethodReference target, Variable... args) {
        InvokeInstruction small = CompactStringsPlugin.invoke(call, target, args);
        small.setLocation(call.getLocation());
        call.replace(small);
    }
}
