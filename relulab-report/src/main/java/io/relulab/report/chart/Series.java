package io.relulab.report.chart;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named line of (x, y) points, optionally with a band [lower, upper] drawn around it (for example
 * a confidence interval). Arrays are copied in and out, so a series is immutable.
 *
 * @param name the legend label
 * @param x the x values
 * @param y the y values, same length as x
 * @param lower the lower edge of the band, or null for no band
 * @param upper the upper edge of the band, or null for no band
 */
public record Series(String name, double[] x, double[] y, double[] lower, double[] upper) {

    /** Validates lengths and copies the arrays. */
    public Series {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "': x has " + x.length + " values but y has " + y.length);
        }
        if ((lower == null) != (upper == null)) {
            throw new IllegalArgumentException("series '" + name + "': a band needs both lower and upper");
        }
        if (lower != null && (lower.length != x.length || upper.length != x.length)) {
            throw new IllegalArgumentException("series '" + name + "': band lower/upper have " + lower.length + "/"
                    + upper.length + " values but x has " + x.length);
        }
        x = x.clone();
        y = y.clone();
        lower = lower == null ? null : lower.clone();
        upper = upper == null ? null : upper.clone();
    }

    /** A line without a band. */
    public static Series of(String name, double[] x, double[] y) {
        return new Series(name, x, y, null, null);
    }

    /** This line with the band [lower, upper]. */
    public Series withBand(double[] bandLower, double[] bandUpper) {
        return new Series(name, x, y, Objects.requireNonNull(bandLower, "lower"), Objects.requireNonNull(bandUpper, "upper"));
    }

    /** Whether a band is drawn. */
    public boolean hasBand() {
        return lower != null;
    }

    /** The number of points. */
    public int size() {
        return x.length;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public double[] lower() {
        return lower == null ? null : lower.clone();
    }

    @Override
    public double[] upper() {
        return upper == null ? null : upper.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Series that && name.equals(that.name) && Arrays.equals(x, that.x)
                && Arrays.equals(y, that.y) && Arrays.equals(lower, that.lower) && Arrays.equals(upper, that.upper);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(x), Arrays.hashCode(y), Arrays.hashCode(lower), Arrays.hashCode(upper));
    }

    @Override
    public String toString() {
        return "Series[" + name + ", " + x.length + " points" + (hasBand() ? ", band" : "") + "]";
    }
}
