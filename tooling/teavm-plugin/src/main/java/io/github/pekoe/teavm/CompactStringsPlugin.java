package io.github.pekoe.teavm;

import io.github.pekoe.teavm.text.FormatCheck;
import io.github.pekoe.teavm.text.RegexTranslation;
import io.github.pekoe.teavm.text.RegexTranslator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.Instruction;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.StringConstantInstruction;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * A TeaVM compiler plugin for JavaScript bundles: it reroutes {@code String.format},
 * {@code formatted}, {@code split}, {@code replaceAll}, {@code replaceFirst} and {@code matches} to
 * Pekoe's small implementations ({@code io.github.pekoe.internal.text}) at the call sites where the
 * format string or pattern is a constant that they handle exactly as Java does: a format string
 * {@link FormatCheck} accepts, a pattern {@link RegexTranslator} translates (here, at compile time,
 * into the JavaScript pattern the call then passes). Every other call keeps TeaVM's implementation.
 * TeaVM's Formatter adds about 55 KB (gzip) to a bundle and its {@code java.util.regex} about 35 KB;
 * a bundle whose calls are all rerouted carries neither. {@link PatternRoutes} does the same for
 * {@code Pattern} and {@code Matcher} used within one method.
 *
 * <p>Switch it off with the TeaVM property {@value #PROPERTY} set to {@code false}.
 */
public final class CompactStringsPlugin implements TeaVMPlugin, ClassHolderTransformer {
    /** The TeaVM property that switches the rerouting off when it is {@code false}. */
    public static final String PROPERTY = "pekoe.compactStrings";
    private static final String STRING = "java.lang.String";
    private static final String FORMAT = "io.github.pekoe.internal.text.JavaFormat";
    private static final String REGEX = "io.github.pekoe.internal.text.BrowserRegex";
    private static final ValueType TEXT = ValueType.object(STRING);
    private static final ValueType OBJECTS = ValueType.arrayOf(ValueType.object("java.lang.Object"));
    private static final ValueType TEXTS = ValueType.arrayOf(TEXT);

    private static final MethodReference STRING_FORMAT = new MethodReference(STRING, "format", TEXT, OBJECTS, TEXT);
    private static final MethodReference STRING_FORMATTED = new MethodReference(STRING, "formatted", OBJECTS, TEXT);
    private static final MethodReference STRING_SPLIT = new MethodReference(STRING, "split", TEXT, TEXTS);
    private static final MethodReference STRING_SPLIT_LIMIT =
            new MethodReference(STRING, "split", TEXT, ValueType.INTEGER, TEXTS);
    private static final MethodReference STRING_REPLACE_ALL =
            new MethodReference(STRING, "replaceAll", TEXT, TEXT, TEXT);
    private static final MethodReference STRING_REPLACE_FIRST =
            new MethodReference(STRING, "replaceFirst", TEXT, TEXT, TEXT);
    private static final MethodReference STRING_MATCHES =
            new MethodReference(STRING, "matches", TEXT, ValueType.BOOLEAN);

    private static final MethodReference SMALL_FORMAT = new MethodReference(FORMAT, "format", TEXT, OBJECTS, TEXT);
    private static final MethodReference SMALL_FORMATTED =
            new MethodReference(FORMAT, "formatted", TEXT, OBJECTS, TEXT);
    private static final MethodReference SMALL_SPLIT =
            new MethodReference(REGEX, "split", TEXT, TEXT, ValueType.INTEGER, TEXTS);
    private static final MethodReference SMALL_REPLACE_ALL =
            new MethodReference(REGEX, "replaceAll", TEXT, TEXT, ValueType.INTEGER, TEXT, TEXT);
    private static final MethodReference SMALL_REPLACE_FIRST =
            new MethodReference(REGEX, "replaceFirst", TEXT, TEXT, ValueType.INTEGER, TEXT, TEXT);
    private static final MethodReference SMALL_MATCHES =
            new MethodReference(REGEX, "matches", TEXT, TEXT, ValueType.BOOLEAN);

    @Override
    public void install(TeaVMHost host) {
        if (RewriteSwitch.isOn(host, PROPERTY)) {
            host.add(this);
        }
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        String name = cls.getName();
        if (name.startsWith("java.") || name.startsWith("org.teavm.") || name.startsWith("io.github.pekoe.internal.text.")) {
            return;
        }
        for (MethodHolder method : cls.getMethods()) {
            if (method.getProgram() != null) {
                transform(method.getProgram());
                PatternRoutes.transform(method.getProgram());
            }
        }
    }

    private static void transform(Program program) {
        Map<Variable, String> constants = null;
        for (BasicBlock block : program.getBasicBlocks()) {
            for (Instruction instruction = block.getFirstInstruction(); instruction != null;
                    instruction = instruction.getNext()) {
                if (!(instruction instanceof InvokeInstruction)) {
                    continue;
                }
                InvokeInstruction call = (InvokeInstruction) instruction;
                if (!call.getMethod().getClassName().equals(STRING)) {
                    continue;
                }
                if (constants == null) {
                    constants = ProgramConstants.strings(program);
                }
                InvokeInstruction small = reroute(program, call, constants);
                if (small != null) {
                    small.setLocation(call.getLocation());
                    call.replace(small);
                    instruction = small;
                }
            }
        }
    }

    /** The call to Pekoe's small implementation that replaces {@code call}, or null to keep it. */
    private static InvokeInstruction reroute(Program program, InvokeInstruction call, Map<Variable, String> constants) {
        MethodReference method = call.getMethod();
        List<? extends Variable> args = call.getArguments();
        if (method.equals(STRING_FORMAT)) {
            String format = constants.get(args.get(0));
            return format != null && FormatCheck.supported(format) ? invoke(call, SMALL_FORMAT, args.get(0), args.get(1))
                    : null;
        }
        if (method.equals(STRING_FORMATTED)) {
            String format = constants.get(call.getInstance());
            return format != null && FormatCheck.supported(format)
                    ? invoke(call, SMALL_FORMATTED, call.getInstance(), args.get(0)) : null;
        }
        boolean split = method.equals(STRING_SPLIT) || method.equals(STRING_SPLIT_LIMIT);
        boolean replaceAll = method.equals(STRING_REPLACE_ALL);
        boolean replaceFirst = method.equals(STRING_REPLACE_FIRST);
        boolean matches = method.equals(STRING_MATCHES);
        if (!split && !replaceAll && !replaceFirst && !matches) {
            return null;
        }
        String pattern = constants.get(args.get(0));
        Optional<RegexTranslation> translated = pattern == null ? Optional.empty() : RegexTranslator.translate(pattern);
        if (translated.isEmpty() || (replaceAll || replaceFirst)
                && (!translated.get().capturesExact() || !translated.get().names().isEmpty())) {
            return null;
        }
        Variable source = constant(program, call, translated.get().source());
        if (split) {
            Variable limit = args.size() > 1 ? args.get(1) : integer(program, call, 0);
            return invoke(call, SMALL_SPLIT, call.getInstance(), source, limit);
        }
        if (matches) {
            return invoke(call, SMALL_MATCHES, call.getInstance(), source);
        }
        Variable groups = integer(program, call, translated.get().groups());
        return invoke(call, replaceAll ? SMALL_REPLACE_ALL : SMALL_REPLACE_FIRST, call.getInstance(), source,
                groups, args.get(1));
    }

    static InvokeInstruction invoke(InvokeInstruction call, MethodReference target, Variable... args) {
        InvokeInstruction small = new InvokeInstruction();
        small.setType(InvocationType.SPECIAL);
        small.setMethod(target);
        small.setArguments(args);
        small.setReceiver(call.getReceiver());
        return small;
    }

    static Variable constant(Program program, Instruction before, String value) {
        StringConstantInstruction constant = new StringConstantInstruction();
        constant.setConstant(value);
        constant.setReceiver(program.createVariable());
        constant.setLocation(before.getLocation());
        before.insertPrevious(constant);
        return constant.getReceiver();
    }

    static Variable integer(Program program, Instruction before, int value) {
        IntegerConstantInstruction constant = new IntegerConstantInstruction();
        constant.setConstant(value);
        constant.setReceiver(program.createVariable());
        constant.setLocation(before.getLocation());
        before.insertPrevious(constant);
        return constant.getReceiver();
    }
}
