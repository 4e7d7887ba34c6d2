package io.github.pekoe.web;

/** Python's index and slice arithmetic, for {@link ElementCollection}. */
final class SliceIndexes {
    private SliceIndexes() {
    }

    /**
     * The position {@code index} stands for in a sequence of {@code size}: negative ones count from the end.
     *
     * @throws IndexOutOfBoundsException saying the index and the size when there is no such position
     */
    static int index(int index, int size) {
        int at = index < 0 ? index + size : index;
        if (at < 0 || at >= size) {
            throw new IndexOutOfBoundsException("index " + index + " is out of range for a collection of "
                    + size + (size == 1 ? " element" : " elements"));
        }
        return at;
    }

    /**
     * The positions {@code [from:to:step]} picks from a sequence of {@code size}, as Python's
     * {@code slice.indices} gives them: null bounds mean "from the start" and "to the end" (the
     * other way round for a negative step), negative ones count from the end, and bounds past either
     * end are clamped, so a slice never fails.
     *
     * @throws IllegalArgumentException if {@code step} is 0
     */
    static int[] positions(Integer from, Integer to, int step, int size) {
        if (step == 0) {
            throw new IllegalArgumentException("a slice step cannot be zero");
        }
        int lower = step < 0 ? -1 : 0;
        int upper = step < 0 ? size - 1 : size;
        int start = from == null ? (step < 0 ? upper : lower) : clamp(from, size, lower, upper);
        int stop = to == null ? (step < 0 ? lower : upper) : clamp(to, size, lower, upper);
        int count = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                : (start > stop ? (start - stop - step - 1) / -step : 0);
        int[] positions = new int[count];
        for (int i = 0; i < count; i++) {
            positions[i] = start + i * step;
        }
        return positions;
    }

    private static int clamp(int bound, int size, int lower, int upper) {
        int at = bound < 0 ? bound + size : bound;
        return at < lower ? lower : at > upper ? upper : at;
    }
}
