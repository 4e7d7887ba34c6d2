package io.github.pekoe.internal.text;

/**
 * Rewrites a non-negative decimal integer of any length in base 16 or 8, by long division of its
 * digits: what {@code %x} and {@code %o} of a {@code BigInteger} need, without BigInteger's own
 * arithmetic in the bundle.
 */
final class Radix {
    private Radix() {
    }

    /** {@code decimal} (digits only) in base {@code radix}, lower case, as {@code BigInteger.toString(radix)} writes it. */
    static String convert(String decimal, int radix) {
        int[] digits = new int[decimal.length()];
        for (int i = 0; i < digits.length; i++) {
            digits[i] = decimal.charAt(i) - '0';
        }
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < digits.length) {
            int remainder = 0;
            for (int i = start; i < digits.length; i++) {
                int value = remainder * 10 + digits[i];
                digits[i] = value / radix;
                remainder = value % radix;
            }
            out.append(Character.forDigit(remainder, radix));
            while (start < digits.length && digits[start] == 0) {
                start++;
            }
        }
        return out.length() == 0 ? "0" : out.reverse().toString();
    }
}
