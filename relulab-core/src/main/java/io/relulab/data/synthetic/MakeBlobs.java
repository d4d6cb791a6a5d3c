package io.relulab.data.synthetic;

import io.relulab.data.Dataset;
import io.relulab.random.NumpyRandom;
import java.util.Arrays;

/**
 * scikit-learn 1.2.1's {@code make_blobs(n_samples=100, n_features=2, centers=None, cluster_std=1.0,
 * center_box=(-10.0, 10.0), shuffle=True, random_state)}: isotropic Gaussian blobs, bit for bit.
 *
 * <p>Centers: given, or {@code uniform(center_box, size=(n_centers, n_features))} (3 centers when
 * neither centers nor per-center counts are given). Samples: {@code n // n_centers} per center, the
 * first {@code n mod n_centers} centers one more (or the given per-center counts). Center i's rows
 * are {@code normal(loc=centers[i], scale=std_i)}, row-major, with label i; then the rows are
 * shuffled.
 */
public final class MakeBlobs {

    private final int samples;
    private final int[] samplesPerCenter; // null: derived from samples
    private final int features;
    private final int centerCount;
    private final double[][] centers; // null: drawn
    private final double[] clusterStd; // length 1 or centerCount
    private final double centerBoxLow;
    private final double centerBoxHigh;
    private final boolean shuffle;

    private MakeBlobs(Builder b) {
        shuffle = b.shuffle;
        centerBoxLow = b.centerBoxLow;
        centerBoxHigh = b.centerBoxHigh;
        if (!Double.isFinite(centerBoxHigh - centerBoxLow)) {
            throw new IllegalArgumentException("center_box: (" + centerBoxLow + ", " + centerBoxHigh
                    + ") must be finite (Range exceeds valid bounds)");
        }
        if (b.samplesPerCenter == null) {
            if (b.samples < 1) {
                throw new IllegalArgumentException("samples (n_samples): " + b.samples + " must be >= 1");
            }
            samples = b.samples;
            samplesPerCenter = null;
            if (b.centers == null) {
                centerCount = b.centerCount == null ? DEFAULT_CENTER_COUNT : b.centerCount;
                if (centerCount < 1) {
                    throw new IllegalArgumentException("centers: " + centerCount + " must be >= 1");
                }
                features = checkFeatures(b.features);
                centers = null;
            } else {
                centers = checkCenters(b.centers);
                centerCount = centers.length;
                features = centers[0].length;
            }
        } else {
            samplesPerCenter = b.samplesPerCenter.clone();
            long total = 0;
            for (int i = 0; i < samplesPerCenter.length; i++) {
                if (samplesPerCenter[i] < 0) {
                    throw new IllegalArgumentException("samples per center: value " + i + " is "
                            + samplesPerCenter[i] + "; expected >= 0");
                }
                total += samplesPerCenter[i];
            }
            if (samplesPerCenter.length == 0 || total < 1 || total > Integer.MAX_VALUE / 2) {
                throw new IllegalArgumentException("samples per center: " + Arrays.toString(samplesPerCenter)
                        + " must hold at least one sample");
            }
            samples = (int) total;
            centerCount = samplesPerCenter.length;
            if (b.centerCount != null) {
                throw new IllegalArgumentException("Parameter `centers` must be array-like. Got " + b.centerCount
                        + " instead");
            }
            if (b.centers == null) {
                features = checkFeatures(b.features);
                centers = null;
            } else {
                centers = checkCenters(b.centers);
                if (centers.length != centerCount) {
                    throw new IllegalArgumentException("Length of `n_samples` not consistent with number of centers."
                            + " Got n_samples = " + Arrays.toString(samplesPerCenter) + " and centers = "
                            + centers.length + " centers");
                }
                features = centers[0].length;
            }
        }
        clusterStd = b.clusterStd.clone();
        if (b.clusterStdIsList && clusterStd.length != centerCount) {
            throw new IllegalArgumentException("Length of `clusters_std` not consistent with number of centers. Got "
                    + centerCount + " centers and cluster_std = " + Arrays.toString(clusterStd));
        }
        for (double s : clusterStd) {
            if (!(s >= 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("cluster_std: " + s + " must be finite and >= 0 (scale < 0)");
            }
        }
    }

    /** The feature count when the centers are drawn (scikit-learn's {@code n_features}), at least 1. */
    private static int checkFeatures(int features) {
        if (features < 1) {
            throw new IllegalArgumentException("features (n_features): " + features + " must be >= 1");
        }
        return features;
    }

    private static double[][] checkCenters(double[][] given) {
        if (given.length == 0 || given[0].length == 0) {
            throw new IllegalArgumentException("centers: at least one center with at least one feature is required");
        }
        double[][] copy = new double[given.length][];
        for (int i = 0; i < given.length; i++) {
            if (given[i].length != given[0].length) {
                throw new IllegalArgumentException("centers: center " + i + " has " + given[i].length
                        + " coordinates; center 0 has " + given[0].length);
            }
            for (double v : given[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("centers: center " + i + " has a non-finite coordinate " + v);
                }
            }
            copy[i] = given[i].clone();
        }
        return copy;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int samples() {
        return samples;
    }

    public int features() {
        return features;
    }

    public int centerCount() {
        return centerCount;
    }

    public Dataset generate(long randomState) {
        return generate(new NumpyRandom(randomState));
    }

    public Dataset generate(NumpyRandom random) {
        double[][] c = centers;
        if (c == null) {
            double[] drawn = random.uniform(centerBoxLow, centerBoxHigh, centerCount * features);
            c = new double[centerCount][];
            for (int i = 0; i < centerCount; i++) {
                c[i] = Arrays.copyOfRange(drawn, i * features, (i + 1) * features);
            }
        }
        int[] per = samplesPerCenter;
        if (per == null) {
            per = new int[centerCount];
            Arrays.fill(per, samples / centerCount);
            for (int i = 0; i < samples % centerCount; i++) {
                per[i]++;
            }
        }
        double[] x = new double[samples * features];
        int[] y = new int[samples];
        int row = 0;
        for (int i = 0; i < centerCount; i++) {
            double std = clusterStd.length == 1 ? clusterStd[0] : clusterStd[i];
            for (int r = 0; r < per[i]; r++, row++) {
                for (int j = 0; j < features; j++) {
                    x[row * features + j] = c[i][j] + std * random.standardNormal();
                }
                y[row] = i;
            }
        }
        if (shuffle) {
            int[] order = random.permutation(samples);
            double[] shuffled = new double[x.length];
            int[] labels = new int[samples];
            for (int r = 0; r < samples; r++) {
                System.arraycopy(x, order[r] * features, shuffled, r * features, features);
                labels[r] = y[order[r]];
            }
            x = shuffled;
            y = labels;
        }
        return Dataset.of(x, samples, features, y, Dataset.defaultColumnNames(features), Dataset.DEFAULT_TARGET_NAME,
                Dataset.defaultClassNames(centerCount));
    }

    /** scikit-learn's default {@code n_samples}. */
    public static final int DEFAULT_SAMPLES = 100;
    /** scikit-learn's default {@code n_features}. */
    public static final int DEFAULT_FEATURES = 2;
    /** Centers drawn when {@code centers} is not given (scikit-learn's {@code None}). */
    public static final int DEFAULT_CENTER_COUNT = 3;
    /** scikit-learn's default {@code cluster_std}. */
    public static final double DEFAULT_CLUSTER_STD = 1.0;
    /** scikit-learn's default {@code center_box}: its lower end. */
    public static final double DEFAULT_CENTER_BOX_LOW = -10.0;
    /** scikit-learn's default {@code center_box}: its upper end. */
    public static final double DEFAULT_CENTER_BOX_HIGH = 10.0;
    /** scikit-learn's default {@code shuffle}. */
    public static final boolean DEFAULT_SHUFFLE = true;

    /** Builder with scikit-learn's defaults. */
    public static final class Builder {
        private int samples = DEFAULT_SAMPLES;
        private int[] samplesPerCenter;
        private int features = DEFAULT_FEATURES;
        private Integer centerCount;
        private double[][] centers;
        private double[] clusterStd = {DEFAULT_CLUSTER_STD};
        private boolean clusterStdIsList;
        private double centerBoxLow = DEFAULT_CENTER_BOX_LOW;
        private double centerBoxHigh = DEFAULT_CENTER_BOX_HIGH;
        private boolean shuffle = DEFAULT_SHUFFLE;

        private Builder() {}

        /** Total number of samples, spread evenly over the centers ({@code n_samples} as an int). */
        public Builder samples(int value) {
            samples = value;
            samplesPerCenter = null;
            return this;
        }

        /** Samples per center ({@code n_samples} as an array); the number of centers is its length. */
        public Builder samplesPerCenter(int... value) {
            samplesPerCenter = value.clone();
            return this;
        }

        /** {@code n_features}; ignored when centers are given. */
        public Builder features(int value) {
            features = value;
            return this;
        }

        /** Number of centers to draw from the center box ({@code centers} as an int). */
        public Builder centers(int count) {
            centerCount = count;
            centers = null;
            return this;
        }

        /** Fixed centers ({@code centers} as an array), one row per center. */
        public Builder centers(double[][] value) {
            centers = value;
            centerCount = null;
            return this;
        }

        /** One standard deviation for every blob. */
        public Builder clusterStd(double value) {
            clusterStd = new double[] {value};
            clusterStdIsList = false;
            return this;
        }

        /** One standard deviation per blob. */
        public Builder clusterStd(double... values) {
            clusterStd = values.clone();
            clusterStdIsList = true;
            return this;
        }

        public Builder centerBox(double low, double high) {
            centerBoxLow = low;
            centerBoxHigh = high;
            return this;
        }

        public Builder shuffle(boolean value) {
            shuffle = value;
            return this;
        }

        public MakeBlobs build() {
            return new MakeBlobs(this);
        }
    }
}
