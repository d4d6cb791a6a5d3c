package io.relulab.data.synthetic;

import java.util.Arrays;

/**
 * The {@code shift} or {@code scale} argument of scikit-learn's {@code make_classification}: one
 * number for every feature (a Python float), one number per feature (an array of length
 * n_features), or {@link #random()} for Python's {@code None} — drawn per feature from the
 * generator.
 */
public final class AffineTerm {

    private final double[] values; // null means random

    private AffineTerm(double[] values) {
        this.values = values;
    }

    /** The same finite value for every feature. */
    public static AffineTerm constant(double value) {
        requireFinite(value, 0);
        return new AffineTerm(new double[] {value});
    }

    /** One finite value per feature (length must equal n_features). */
    public static AffineTerm perFeature(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("per-feature values: at least one value is required");
        }
        for (int i = 0; i < values.length; i++) {
            requireFinite(values[i], i);
        }
        return new AffineTerm(values.clone());
    }

    /** scikit-learn's {@code None}: drawn from the generator. */
    public static AffineTerm random() {
        return new AffineTerm(null);
    }

    private static void requireFinite(double value, int index) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value " + index + ": " + value + " must be finite");
        }
    }

    public boolean isRandom() {
        return values == null;
    }

    /** Number of per-feature values (1 for a constant, 0 for random). */
    int length() {
        return values == null ? 0 : values.length;
    }

    /** The value for feature {@code feature} (not for random terms). */
    double valueFor(int feature) {
        return values.length == 1 ? values[0] : values[feature];
    }

    /** Parses {@code random}/{@code none}, a number, or comma-separated numbers. */
    public static AffineTerm parse(String name, String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("random") || t.equalsIgnoreCase("none")) {
            return random();
        }
        String[] parts = t.split(",", -1);
        double[] parsed = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                parsed[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": '" + text + "' is not a number, a comma-separated list"
                        + " of numbers or 'random'");
            }
            if (!Double.isFinite(parsed[i])) {
                throw new IllegalArgumentException(name + ": '" + text + "' must be finite");
            }
        }
        return parts.length == 1 ? constant(parsed[0]) : perFeature(parsed);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AffineTerm other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        if (values == null) {
            return "random";
        }
        return values.length == 1 ? Double.toString(values[0]) : Arrays.toString(values);
    }
}
