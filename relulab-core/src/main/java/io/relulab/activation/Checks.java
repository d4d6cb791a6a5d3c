package io.relulab.activation;

/**
 * Parameter validation shared by the activation records. Every failure is an
 * {@link IllegalArgumentException} whose one-line message names the parameter, the allowed range and
 * the value, e.g. {@code "negativeSlope must be in [0, 1), got 2.0"}.
 */
final class Checks {

    private Checks() {
    }

    /** Requires {@code low <= value < high}. */
    static double inHalfOpenRange(String name, double value, double low, double high) {
        if (!(value >= low && value < high)) {
            throw new IllegalArgumentException(
                    name + " must be in [" + format(low) + ", " + format(high) + "), got " + value);
        }
        return value + 0.0; // turns -0.0 into 0.0 so that equal activations compare equal
    }

    /** Requires a finite value. */
    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, got " + value);
        }
        return value + 0.0;
    }

    /** Requires a finite value {@code >= 0}. */
    static double finiteNonNegative(String name, double value) {
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
        return value + 0.0;
    }

    /** Requires a finite value {@code > 0}. */
    static double finitePositive(String name, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
        return value;
    }

    /** Requires a value {@code > 0}; positive infinity is allowed. */
    static double positive(String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be a number > 0 (Infinity allowed), got " + value);
        }
        return value;
    }

    /** Formats an interval bound: integers without a trailing ".0", other values as {@link Double#toString}. */
    static String format(double bound) {
        if (bound == Math.rint(bound) && Math.abs(bound) < 1e15) {
            return Long.toString((long) bound);
        }
        return Double.toString(bound);
    }

    /** Formats a parameter for a spec string so that {@link Double#parseDouble} gives it back exactly. */
    static String specNumber(double value) {
        return Double.toString(value);
    }
}
