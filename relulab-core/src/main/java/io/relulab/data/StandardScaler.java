package io.relulab.data;

import java.util.Objects;

/**
 * scikit-learn 1.2.1's {@code StandardScaler()} (with_mean and with_std true), fitted once and
 * immutable: {@code z = (x - mean_j) / scale_j}, with statistics computed exactly as scikit-learn
 * does so that the scaled data match bit for bit ({@code docs/specs/sklearn-compat.md} §8).
 *
 * <p>Fit, per column j over the n fitted rows: {@code S = column sum} (sequential over rows for two
 * or more columns; numpy's pairwise summation in chunks of 8192 for a single column), {@code mean =
 * (0 + S) / n}, {@code d = x - S/n}, {@code var = (Σd² - (Σd)²/n) / n} (the corrected two-pass
 * population variance of {@code _incremental_mean_and_var}), and {@code scale = sqrt(var)} unless
 * the column is constant by scikit-learn's test {@code var <= n·eps·var + (n·mean·eps)²}, in which
 * case {@code scale = 1} (the column is only centred). Transform divides (never multiplies by a
 * reciprocal).
 *
 * @param mean the fitted column means ({@code mean_})
 * @param variance the fitted population variances ({@code var_})
 * @param scale the divisors ({@code scale_})
 * @param samplesSeen the number of fitted rows ({@code n_samples_seen_})
 */
public record StandardScaler(double[] mean, double[] variance, double[] scale, int samplesSeen) {

    private static final double EPSILON = Math.ulp(1.0); // numpy's finfo(float64).eps = 2^-52
    private static final int PAIRWISE_BLOCK = 8;
    private static final int PAIRWISE_CHUNK = 8192;

    /** Validates and copies the arrays. */
    public StandardScaler {
        mean = mean.clone();
        variance = variance.clone();
        scale = scale.clone();
        if (variance.length != mean.length || scale.length != mean.length) {
            throw new IllegalArgumentException("StandardScaler: mean, variance and scale lengths differ ("
                    + mean.length + ", " + variance.length + ", " + scale.length + ")");
        }
        if (samplesSeen < 1) {
            throw new IllegalArgumentException("samplesSeen: " + samplesSeen + " must be >= 1");
        }
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] variance() {
        return variance.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    /** Fits on all rows of {@code data} (use the training part only). */
    public static StandardScaler fit(Dataset data) {
        return fit(data.featuresView(), data.rows(), data.columns());
    }

    /** Fits on a row-major {@code rows x columns} matrix. */
    public static StandardScaler fit(double[] featuresRowMajor, int rows, int columns) {
        Objects.requireNonNull(featuresRowMajor, "featuresRowMajor");
        if (rows < 1) {
            throw new IllegalArgumentException("StandardScaler: cannot fit on " + rows + " rows; need at least 1");
        }
        if ((long) rows * columns != featuresRowMajor.length) {
            throw new IllegalArgumentException("featuresRowMajor: length " + featuresRowMajor.length
                    + " does not match " + rows + " x " + columns);
        }
        double n = rows;
        double[] sum = columnSums(featuresRowMajor, rows, columns);
        double[] mean = new double[columns];
        double[] t = new double[columns];
        for (int j = 0; j < columns; j++) {
            mean[j] = (0.0 + sum[j]) / n;
            t[j] = sum[j] / n;
        }
        double[] deviation = new double[featuresRowMajor.length];
        double[] squared = new double[featuresRowMajor.length];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < columns; j++) {
                double d = featuresRowMajor[r * columns + j] - t[j];
                deviation[r * columns + j] = d;
                squared[r * columns + j] = d * d;
            }
        }
        double[] correction = columnSums(deviation, rows, columns);
        double[] sumOfSquares = columnSums(squared, rows, columns);
        double[] variance = new double[columns];
        double[] scale = new double[columns];
        for (int j = 0; j < columns; j++) {
            double unnormalised = sumOfSquares[j] - (correction[j] * correction[j]) / n;
            variance[j] = unnormalised / n;
            double meanTerm = (n * mean[j]) * EPSILON;
            boolean constant = variance[j] <= (n * EPSILON) * variance[j] + meanTerm * meanTerm;
            scale[j] = constant ? 1.0 : Math.sqrt(variance[j]);
        }
        return new StandardScaler(mean, variance, scale, rows);
    }

    /** numpy's {@code X.sum(axis=0)} for a C-contiguous float64 matrix (docs/specs/sklearn-compat.md §8.2). */
    static double[] columnSums(double[] x, int rows, int columns) {
        double[] sum = new double[columns];
        if (columns == 1) {
            sum[0] = pairwiseSumInChunks(x, rows);
            return sum;
        }
        System.arraycopy(x, 0, sum, 0, columns);
        for (int r = 1; r < rows; r++) {
            int offset = r * columns;
            for (int j = 0; j < columns; j++) {
                sum[j] = sum[j] + x[offset + j];
            }
        }
        return sum;
    }

    private static double pairwiseSumInChunks(double[] x, int length) {
        double total = 0.0;
        for (int start = 0; start < length; start += PAIRWISE_CHUNK) {
            total = total + pairwiseSum(x, start, Math.min(PAIRWISE_CHUNK, length - start));
        }
        return total;
    }

    /** numpy's {@code pairwise_sum} over {@code x[offset .. offset+m)}. */
    static double pairwiseSum(double[] x, int offset, int m) {
        if (m < PAIRWISE_BLOCK) {
            double s = 0.0;
            for (int i = 0; i < m; i++) {
                s = s + x[offset + i];
            }
            return s;
        }
        if (m <= 128) {
            double[] r = new double[PAIRWISE_BLOCK];
            System.arraycopy(x, offset, r, 0, PAIRWISE_BLOCK);
            int i;
            for (i = PAIRWISE_BLOCK; i < m - (m % PAIRWISE_BLOCK); i += PAIRWISE_BLOCK) {
                for (int t = 0; t < PAIRWISE_BLOCK; t++) {
                    r[t] = r[t] + x[offset + i + t];
                }
            }
            double s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < m; i++) {
                s = s + x[offset + i];
            }
            return s;
        }
        int half = m / 2;
        half -= half % PAIRWISE_BLOCK;
        return pairwiseSum(x, offset, half) + pairwiseSum(x, offset + half, m - half);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StandardScaler other && samplesSeen == other.samplesSeen
                && java.util.Arrays.equals(mean, other.mean) && java.util.Arrays.equals(variance, other.variance)
                && java.util.Arrays.equals(scale, other.scale);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(samplesSeen, java.util.Arrays.hashCode(mean), java.util.Arrays.hashCode(variance),
                java.util.Arrays.hashCode(scale));
    }

    @Override
    public String toString() {
        return "StandardScaler[columns=" + mean.length + ", samplesSeen=" + samplesSeen + "]";
    }

    /** Number of columns this scaler was fitted on. */
    public int columns() {
        return mean.length;
    }

    /** {@code (x - mean_j) / scale_j} for every element of a row-major matrix, in place. */
    public void transformInPlace(double[] featuresRowMajor) {
        int columns = mean.length;
        if (columns == 0 || featuresRowMajor.length % columns != 0) {
            throw new IllegalArgumentException("features: length " + featuresRowMajor.length
                    + " is not a multiple of the " + columns + " fitted columns");
        }
        for (int i = 0; i < featuresRowMajor.length; i++) {
            int j = i % columns;
            featuresRowMajor[i] = (featuresRowMajor[i] - mean[j]) / scale[j];
        }
    }

    /** The data set with its features standardised; labels and names unchanged. */
    public Dataset transform(Dataset data) {
        if (data.columns() != mean.length) {
            throw new IllegalArgumentException("StandardScaler: data has " + data.columns()
                    + " columns but the scaler was fitted on " + mean.length);
        }
        double[] features = data.featuresRowMajor();
        transformInPlace(features);
        return data.withFeatures(features);
    }
}
