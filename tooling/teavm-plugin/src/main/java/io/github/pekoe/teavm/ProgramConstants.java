package io.github.pekoe.teavm;

import java.util.HashMap;
import java.util.Map;
import org.teavm.model.BasicBlock;
import org.teavm.model.Instruction;
import org.teavm.model.Program;
import org.teavm.model.Variable;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.StringConstantInstruction;
import org.teavm.model.util.DefinitionExtractor;

/**
 * The constants a method's variables hold: for variables with exactly one definition in the program,
 * a string or {@code int} constant, whatever path reaches a use, the variable holds that value there.
 */
final class ProgramConstants {
    private ProgramConstants() {
    }

    /** The string constant each such variable holds. */
    static Map<Variable, String> strings(Program program) {
        Map<Variable, String> strings = new HashMap<>();
        all(program).forEach((variable, value) -> {
            if (value instanceof String) {
                strings.put(variable, (String) value);
            }
        });
        return strings;
    }

    /** The string ({@link String}) or {@code int} ({@link Integer}) constant each such variable holds. */
    static Map<Variable, Object> all(Program program) {
        Map<Variable, Integer> definitions = new HashMap<>();
        Map<Variable, Object> constants = new HashMap<>();
        DefinitionExtractor extractor = new DefinitionExtractor();
        for (BasicBlock block : program.getBasicBlocks()) {
            block.getPhis().forEach(phi -> definitions.merge(phi.getReceiver(), 2, Integer::sum));
            if (block.getExceptionVariable() != null) {
                definitions.merge(block.getExceptionVariable(), 2, Integer::sum);
            }
            for (Instruction instruction : block) {
                instruction.acceptVisitor(extractor);
                for (Variable defined : extractor.getDefinedVariables()) {
                    definitions.merge(defined, 1, Integer::sum);
                }
                if (instruction instanceof StringConstantInstruction) {
                    StringConstantInstruction constant = (StringConstantInstruction) instruction;
                    constants.put(constant.getReceiver(), constant.getConstant());
                } else if (instruction instanceof IntegerConstantInstruction) {
                    IntegerConstantInstruction constant = (IntegerConstantInstruction) instruction;
                    constants.put(constant.getReceiver(), constant.getConstant());
                }
            }
        }
        constants.keySet().removeIf(variable -> definitions.getOrDefault(variable, 0) != 1);
        return constants;
    }
}
