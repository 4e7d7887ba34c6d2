package io.github.pekoe.teavm;

import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * A TeaVM compiler plugin for JavaScript bundles: it rewrites {@code StringBuilder}'s
 * {@code insert(int, double)} and {@code insert(int, float)} (behind {@code append},
 * {@code Double.toString} and string concatenation) to use {@code io.github.pekoe.internal.js.NumberText},
 * which formats with the browser's own digits. TeaVM's own formatter adds about 12 KB (gzip) to
 * any bundle that prints a double; this one adds well under 1 KB. The builder's {@code int} and
 * {@code long} digits ({@code insert(int, int, int)} and {@code insert(int, long, int)}, behind
 * {@code append}, {@code Integer.toString}, {@code Long.toString} and string concatenation) come from
 * the browser's {@code toString(radix)} the same way, instead of TeaVM's digit loops, and so do the
 * unsigned powers of two ({@code toHexString}, {@code toOctalString}, {@code toBinaryString} of
 * {@code Integer} and {@code Long}, and the hash in {@code Object.toString}).
 *
 * <p>Switch it off with the TeaVM property {@value #PROPERTY} set to {@code false}, for instance in
 * {@code teavm-maven-plugin}'s configuration:
 * {@code <properties><pekoe.compactNumbers>false</pekoe.compactNumbers></properties>}. The bundle then
 * keeps TeaVM's own formatter; any other value, or none, leaves the rewrite on.
 */
public final class CompactNumbersPlugin implements TeaVMPlugin, ClassHolderTransformer {
    private static final String BUILDER = "java.lang.AbstractStringBuilder";
    private static final String NUMBER_TEXT = "io.github.pekoe.internal.js.NumberText";
    private static final String INTEGER_UTIL = "org.teavm.classlib.impl.IntegerUtil";
    /** The TeaVM property that switches the rewrite off when it is {@code false}. */
    public static final String PROPERTY = "pekoe.compactNumbers";

    @Override
    public void install(TeaVMHost host) {
        if (RewriteSwitch.isOn(host, PROPERTY)) {
            host.add(this);
        }
    }

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getName().equals(BUILDER)) {
            reroute(cls, context, ValueType.DOUBLE, "formatDouble");
            reroute(cls, context, ValueType.FLOAT, "formatFloat");
            rerouteWhole(cls, context, ValueType.INTEGER, "formatInt");
            rerouteWhole(cls, context, ValueType.LONG, "formatLong");
        } else if (cls.getName().equals(INTEGER_UTIL)) {
            rerouteUnsigned(cls, context, ValueType.INTEGER, "formatUnsigned");
            rerouteUnsigned(cls, context, ValueType.LONG, "formatUnsignedLong");
        }
    }

    /**
     * {@code toUnsignedLogRadixString(WHOLE value, int radixLog2)}, behind {@code toHexString},
     * {@code toOctalString}, {@code toBinaryString} and {@code Object.toString}'s hash, as {@code formatter}.
     */
    private static void rerouteUnsigned(ClassHolder cls, ClassHolderTransformerContext context, ValueType whole,
            String formatter) {
        ValueType text = ValueType.object("java.lang.String");
        MethodHolder method = cls.getMethod(new MethodDescriptor("toUnsignedLogRadixString", whole,
                ValueType.INTEGER, text));
        if (method == null || method.getProgram() == null) {
            return;
        }
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        ValueEmitter value = pe.var(1, whole);
        ValueEmitter radixLog2 = pe.var(2, ValueType.INTEGER);
        pe.invoke(NUMBER_TEXT, formatter, text, value, radixLog2).returnValue();
    }

    /**
     * {@code insert(int index, WHOLE value, int radix)}, where every {@code int} or {@code long} append
     * ends, as {@code formatter} of {@code NumberText}.
     */
    private static void rerouteWhole(ClassHolder cls, ClassHolderTransformerContext context, ValueType whole,
            String formatter) {
        ValueType builder = ValueType.object(BUILDER);
        MethodHolder method = cls.getMethod(new MethodDescriptor("insert", ValueType.INTEGER, whole,
                ValueType.INTEGER, builder));
        if (method == null || method.getProgram() == null) {
            return;
        }
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        ValueEmitter self = pe.var(0, builder);
        ValueEmitter index = pe.var(1, ValueType.INTEGER);
        ValueEmitter value = pe.var(2, whole);
        ValueEmitter radix = pe.var(3, ValueType.INTEGER);
        ValueEmitter text = pe.invoke(NUMBER_TEXT, formatter, ValueType.object("java.lang.String"), value, radix);
        self.invokeVirtual("insert", builder, index, text).returnValue();
    }

    private static void reroute(ClassHolder cls, ClassHolderTransformerContext context, ValueType number,
            String formatter) {
        ValueType builder = ValueType.object(BUILDER);
        MethodHolder method = cls.getMethod(new MethodDescriptor("insert", ValueType.INTEGER, number, builder));
        if (method == null || method.getProgram() == null) {
            return;
        }
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        ValueEmitter self = pe.var(0, builder);
        ValueEmitter index = pe.var(1, ValueType.INTEGER);
        ValueEmitter value = pe.var(2, number);
        ValueEmitter text = pe.invoke(NUMBER_TEXT, formatter, ValueType.object("java.lang.String"), value);
        self.invokeVirtual("insert", builder, index, text).returnValue();
    }
}
