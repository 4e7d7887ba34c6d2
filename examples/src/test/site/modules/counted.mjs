// Counts how often it is evaluated: importing it twice must evaluate it once.
globalThis.countedEvaluations = (globalThis.countedEvaluations || 0) + 1;
export function evaluations() {
  return globalThis.countedEvaluations;
}
