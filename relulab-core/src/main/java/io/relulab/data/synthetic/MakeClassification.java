package io.relulab.data.synthetic;

import io.relulab.data.Dataset;
import io.relulab.random.NumpyRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * scikit-learn 1.2.1's {@code make_classification}, reproduced draw for draw: the same {@code
 * random_state} gives the same X and y bit for bit ({@code docs/specs/sklearn-compat.md} §5). Clusters
 * of normally distributed points sit on the vertices of a hypercube with sides {@code 2·class_sep},
 * each with a random covariance; redundant features are random linear combinations of the
 * informative ones, repeated features are copies, the rest is noise; {@code flip_y} of the labels are
 * re-drawn at random.
 *
 * <p>Parameters (scikit-learn name, default): {@code samples} (n_samples, 100), {@code features}
 * (n_features, 20), {@code informative} (n_informative, 2), {@code redundant} (n_redundant, 2),
 * {@code repeated} (n_repeated, 0), {@code classes} (n_classes, 2), {@code clustersPerClass}
 * (n_clusters_per_class, 2), {@code weights} (weights, {@code null} = balanced; length n_classes or
 * n_classes − 1, the last weight then being {@code 1 − Σ}), {@code flipY} (flip_y, 0.01; negative
 * skips the label-noise draws, as in scikit-learn), {@code classSep} (class_sep, 1.0), {@code
 * hypercube} (hypercube, true), {@code shift} (shift, 0.0), {@code scale} (scale, 1.0), {@code
 * shuffle} (shuffle, true). {@code random_state} is the seed given to {@link #generate(long)}.
 *
 * <p>Validation: scikit-learn's own errors (features too few, too many clusters for the informative
 * dimensions, weights of the wrong length) with its wording, plus one-line errors for values
 * scikit-learn would accept but that make no sense (negative counts, negative or non-finite weights).
 */
public record MakeClassification(
        int samples,
        int features,
        int informative,
        int redundant,
        int repeated,
        int classes,
        int clustersPerClass,
        double[] weights,
        double flipY,
        double classSep,
        boolean hypercube,
        AffineTerm shift,
        AffineTerm scale,
        boolean shuffle) {

    /** The notebook's call: {@code make_classification(n_samples=2000, n_features=20, n_informative=15, n_redundant=5, n_classes=2, random_state=42, flip_y=0.1)}. */
    public static final MakeClassification NOTEBOOK = builder()
            .samples(2000).features(20).informative(15).redundant(5).classes(2).flipY(0.1).build();

    /** The notebook's {@code random_state}. */
    public static final long NOTEBOOK_RANDOM_STATE = 42;

    public MakeClassification {
        atLeast("samples (n_samples)", samples, 1);
        atLeast("features (n_features)", features, 1);
        atLeast("informative (n_informative)", informative, 0);
        atLeast("redundant (n_redundant)", redundant, 0);
        atLeast("repeated (n_repeated)", repeated, 0);
        atLeast("classes (n_classes)", classes, 1);
        atLeast("clustersPerClass (n_clusters_per_class)", clustersPerClass, 1);
        if ((long) informative + redundant + repeated > features) {
            throw new IllegalArgumentException("Number of informative, redundant and repeated features must sum to"
                    + " less than the number of total features (" + informative + " + " + redundant + " + " + repeated
                    + " > " + features + ")");
        }
        long clusters = (long) classes * clustersPerClass;
        if (informative < 62 && clusters > (1L << informative)) {
            throw new IllegalArgumentException("n_classes(" + classes + ") * n_clusters_per_class(" + clustersPerClass
                    + ") must be smaller or equal 2**n_informative(" + informative + ")=" + (1L << informative));
        }
        if (weights != null) {
            weights = weights.clone();
            if (weights.length != classes && weights.length != classes - 1) {
                throw new IllegalArgumentException("Weights specified but incompatible with number of classes"
                        + " (weights has " + weights.length + " values, n_classes is " + classes + ").");
            }
            for (int i = 0; i < weights.length; i++) {
                if (!(weights[i] >= 0) || !Double.isFinite(weights[i])) {
                    throw new IllegalArgumentException("weights: value " + i + " is " + weights[i]
                            + "; expected a finite number >= 0");
                }
            }
        }
        if (!Double.isFinite(flipY)) {
            throw new IllegalArgumentException("flipY (flip_y): " + flipY + " must be a finite fraction (usually in [0, 1])");
        }
        if (!Double.isFinite(classSep)) {
            throw new IllegalArgumentException("classSep (class_sep): " + classSep + " must be finite");
        }
        Objects.requireNonNull(shift, "shift");
        Objects.requireNonNull(scale, "scale");
        if (shift.length() > 1 && shift.length() != features) {
            throw new IllegalArgumentException("shift: " + shift.length() + " values for " + features + " features");
        }
        if (scale.length() > 1 && scale.length() != features) {
            throw new IllegalArgumentException("scale: " + scale.length() + " values for " + features + " features");
        }
    }

    private static void atLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + ": " + value + " must be >= " + minimum);
        }
    }

    @Override
    public double[] weights() {
        return weights == null ? null : weights.clone();
    }

    /** A builder holding scikit-learn's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these parameters. */
    public Builder toBuilder() {
        return new Builder().samples(samples).features(features).informative(informative).redundant(redundant)
                .repeated(repeated).classes(classes).clustersPerClass(clustersPerClass).weights(weights).flipY(flipY)
                .classSep(classSep).hypercube(hypercube).shift(shift).scale(scale).shuffle(shuffle);
    }

    /** Number of noise features: {@code features - informative - redundant - repeated}. */
    public int useless() {
        return features - informative - redundant - repeated;
    }

    /** The class weights after scikit-learn's completion ({@code None} → 1/n each; n − 1 given → append 1 − Σ). */
    public double[] effectiveWeights() {
        double[] w = new double[classes];
        if (weights == null) {
            Arrays.fill(w, 1.0 / classes);
        } else if (weights.length == classes) {
            System.arraycopy(weights, 0, w, 0, classes);
        } else {
            double sum = 0.0;
            for (double v : weights) {
                sum = sum + v;
            }
            System.arraycopy(weights, 0, w, 0, weights.length);
            w[classes - 1] = 1.0 - sum;
        }
        return w;
    }

    /** Rows per cluster before clipping to {@code samples} (cluster k has class {@code k mod classes}). */
    public long[] samplesPerCluster() {
        double[] w = effectiveWeights();
        int clusters = classes * clustersPerClass;
        long[] per = new long[clusters];
        long total = 0;
        for (int k = 0; k < clusters; k++) {
            per[k] = (long) ((double) samples * w[k % classes] / clustersPerClass);
            total += per[k];
        }
        for (long i = 0; i < samples - total; i++) {
            per[(int) (i % clusters)]++;
        }
        return per;
    }

    /** {@code make_classification(..., random_state=randomState)} with the FMA-chain product order. */
    public Dataset generate(long randomState) {
        return generate(new NumpyRandom(randomState), ProductOrder.DEFAULT);
    }

    /**
     * Generates the data drawing from {@code random} (scikit-learn's behaviour when given a
     * RandomState instance: its draws continue), with matrix products summed in {@code order}.
     */
    public Dataset generate(NumpyRandom random, ProductOrder order) {
        int n = samples;
        int f = features;
        int inf = informative;
        int clusters = classes * clustersPerClass;
        long[] perCluster = samplesPerCluster();
        double[] x = new double[n * f];
        int[] y = new int[n];

        // centroids on the hypercube's vertices
        int[] vertices = SklearnSampling.generateHypercube(clusters, inf, random);
        double[] centroids = new double[clusters * inf];
        double side = 2 * classSep;
        for (int i = 0; i < centroids.length; i++) {
            centroids[i] = vertices[i] * side;
            centroids[i] = centroids[i] - classSep;
        }
        if (!hypercube) {
            double[] byCluster = random.uniform(0.0, 1.0, clusters);
            for (int k = 0; k < clusters; k++) {
                for (int j = 0; j < inf; j++) {
                    centroids[k * inf + j] = centroids[k * inf + j] * byCluster[k];
                }
            }
            double[] byFeature = random.uniform(0.0, 1.0, inf);
            for (int k = 0; k < clusters; k++) {
                for (int j = 0; j < inf; j++) {
                    centroids[k * inf + j] = centroids[k * inf + j] * byFeature[j];
                }
            }
        }

        // informative block: standard normals, row-major
        double[] informativeBlock = random.standardNormal(n * inf);

        // each cluster: random covariance, then shift to its vertex
        long stop = 0;
        for (int k = 0; k < clusters; k++) {
            long start = stop;
            stop = stop + perCluster[k];
            int from = (int) Math.min(start, n);
            int to = (int) Math.min(stop, n);
            for (int r = from; r < to; r++) {
                y[r] = k % classes;
            }
            double[] a = random.uniform(0.0, 1.0, inf * inf);
            for (int i = 0; i < a.length; i++) {
                a[i] = 2 * a[i] - 1;
            }
            int rows = to - from;
            double[] block = Arrays.copyOfRange(informativeBlock, from * inf, to * inf);
            double[] product = order.multiply(block, rows, inf, a, inf);
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < inf; j++) {
                    informativeBlock[(from + r) * inf + j] = product[r * inf + j] + centroids[k * inf + j];
                }
            }
        }
        for (int r = 0; r < n; r++) {
            System.arraycopy(informativeBlock, r * inf, x, r * f, inf);
        }

        if (redundant > 0) {
            double[] b = random.uniform(0.0, 1.0, inf * redundant);
            for (int i = 0; i < b.length; i++) {
                b[i] = 2 * b[i] - 1;
            }
            double[] combined = order.multiply(informativeBlock, n, inf, b, redundant);
            for (int r = 0; r < n; r++) {
                System.arraycopy(combined, r * redundant, x, r * f + inf, redundant);
            }
        }

        if (repeated > 0) {
            int m = inf + redundant;
            double[] u = random.uniform(0.0, 1.0, repeated);
            for (int t = 0; t < repeated; t++) {
                int source = (int) ((m - 1) * u[t] + 0.5);
                for (int r = 0; r < n; r++) {
                    x[r * f + m + t] = x[r * f + source];
                }
            }
        }

        int useless = useless();
        if (useless > 0) {
            double[] noise = random.standardNormal(n * useless);
            for (int r = 0; r < n; r++) {
                System.arraycopy(noise, r * useless, x, r * f + f - useless, useless);
            }
        }

        if (flipY >= 0.0) {
            double[] u = random.uniform(0.0, 1.0, n);
            int flips = 0;
            for (double v : u) {
                if (v < flipY) {
                    flips++;
                }
            }
            long[] newLabels = random.randint(0L, classes, flips);
            int next = 0;
            for (int r = 0; r < n; r++) {
                if (u[r] < flipY) {
                    y[r] = (int) newLabels[next++];
                }
            }
        }

        double[] shiftValues = new double[f];
        if (shift.isRandom()) {
            double[] u = random.uniform(0.0, 1.0, f);
            for (int j = 0; j < f; j++) {
                shiftValues[j] = (2 * u[j] - 1) * classSep;
            }
        } else {
            for (int j = 0; j < f; j++) {
                shiftValues[j] = shift.valueFor(j);
            }
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i] + shiftValues[i % f];
        }
        double[] scaleValues = new double[f];
        if (scale.isRandom()) {
            double[] u = random.uniform(0.0, 1.0, f);
            for (int j = 0; j < f; j++) {
                scaleValues[j] = 1 + 100 * u[j];
            }
        } else {
            for (int j = 0; j < f; j++) {
                scaleValues[j] = scale.valueFor(j);
            }
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i] * scaleValues[i % f];
        }

        if (shuffle) {
            int[] rowOrder = random.permutation(n);
            int[] columnOrder = random.permutation(f);
            double[] shuffled = new double[x.length];
            int[] shuffledLabels = new int[n];
            for (int r = 0; r < n; r++) {
                int source = rowOrder[r];
                shuffledLabels[r] = y[source];
                for (int j = 0; j < f; j++) {
                    shuffled[r * f + j] = x[source * f + columnOrder[j]];
                }
            }
            x = shuffled;
            y = shuffledLabels;
        }
        return Dataset.of(x, n, f, y, Dataset.defaultColumnNames(f), Dataset.DEFAULT_TARGET_NAME,
                Dataset.defaultClassNames(classes));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MakeClassification m && samples == m.samples && features == m.features
                && informative == m.informative && redundant == m.redundant && repeated == m.repeated
                && classes == m.classes && clustersPerClass == m.clustersPerClass && Arrays.equals(weights, m.weights)
                && Double.compare(flipY, m.flipY) == 0 && Double.compare(classSep, m.classSep) == 0
                && hypercube == m.hypercube && shift.equals(m.shift) && scale.equals(m.scale) && shuffle == m.shuffle;
    }

    @Override
    public int hashCode() {
        return Objects.hash(samples, features, informative, redundant, repeated, classes, clustersPerClass,
                Arrays.hashCode(weights), flipY, classSep, hypercube, shift, scale, shuffle);
    }

    @Override
    public String toString() {
        return "make_classification(n_samples=" + samples + ", n_features=" + features + ", n_informative="
                + informative + ", n_redundant=" + redundant + ", n_repeated=" + repeated + ", n_classes=" + classes
                + ", n_clusters_per_class=" + clustersPerClass + ", weights="
                + (weights == null ? "None" : Arrays.toString(weights)) + ", flip_y=" + flipY + ", class_sep="
                + classSep + ", hypercube=" + hypercube + ", shift=" + shift + ", scale=" + scale + ", shuffle="
                + shuffle + ")";
    }

    /** scikit-learn's default {@code n_samples}. */
    public static final int DEFAULT_SAMPLES = 100;
    /** scikit-learn's default {@code n_features}. */
    public static final int DEFAULT_FEATURES = 20;
    /** scikit-learn's default {@code n_informative}. */
    public static final int DEFAULT_INFORMATIVE = 2;
    /** scikit-learn's default {@code n_redundant}. */
    public static final int DEFAULT_REDUNDANT = 2;
    /** scikit-learn's default {@code n_repeated}. */
    public static final int DEFAULT_REPEATED = 0;
    /** scikit-learn's default {@code n_classes}. */
    public static final int DEFAULT_CLASSES = 2;
    /** scikit-learn's default {@code n_clusters_per_class}. */
    public static final int DEFAULT_CLUSTERS_PER_CLASS = 2;
    /** scikit-learn's default {@code flip_y}. */
    public static final double DEFAULT_FLIP_Y = 0.01;
    /** scikit-learn's default {@code class_sep}. */
    public static final double DEFAULT_CLASS_SEP = 1.0;
    /** scikit-learn's default {@code hypercube}. */
    public static final boolean DEFAULT_HYPERCUBE = true;
    /** scikit-learn's default {@code shift}, one value for every feature. */
    public static final double DEFAULT_SHIFT = 0.0;
    /** scikit-learn's default {@code scale}, one value for every feature. */
    public static final double DEFAULT_SCALE = 1.0;
    /** scikit-learn's default {@code shuffle}. */
    public static final boolean DEFAULT_SHUFFLE = true;

    /** Mutable builder; starts at scikit-learn's defaults. */
    public static final class Builder {
        private int samples = DEFAULT_SAMPLES;
        private int features = DEFAULT_FEATURES;
        private int informative = DEFAULT_INFORMATIVE;
        private int redundant = DEFAULT_REDUNDANT;
        private int repeated = DEFAULT_REPEATED;
        private int classes = DEFAULT_CLASSES;
        private int clustersPerClass = DEFAULT_CLUSTERS_PER_CLASS;
        private double[] weights = null;
        private double flipY = DEFAULT_FLIP_Y;
        private double classSep = DEFAULT_CLASS_SEP;
        private boolean hypercube = DEFAULT_HYPERCUBE;
        private AffineTerm shift = AffineTerm.constant(DEFAULT_SHIFT);
        private AffineTerm scale = AffineTerm.constant(DEFAULT_SCALE);
        private boolean shuffle = DEFAULT_SHUFFLE;

        private Builder() {}

        public Builder samples(int value) { samples = value; return this; }

        public Builder features(int value) { features = value; return this; }

        public Builder informative(int value) { informative = value; return this; }

        public Builder redundant(int value) { redundant = value; return this; }

        public Builder repeated(int value) { repeated = value; return this; }

        public Builder classes(int value) { classes = value; return this; }

        public Builder clustersPerClass(int value) { clustersPerClass = value; return this; }

        /** Class weights, or {@code null} for balanced classes. */
        public Builder weights(double... value) { weights = value == null ? null : value.clone(); return this; }

        public Builder flipY(double value) { flipY = value; return this; }

        public Builder classSep(double value) { classSep = value; return this; }

        public Builder hypercube(boolean value) { hypercube = value; return this; }

        public Builder shift(AffineTerm value) { shift = value; return this; }

        public Builder shift(double value) { shift = AffineTerm.constant(value); return this; }

        public Builder scale(AffineTerm value) { scale = value; return this; }

        public Builder scale(double value) { scale = AffineTerm.constant(value); return this; }

        public Builder shuffle(boolean value) { shuffle = value; return this; }

        /** Validates and builds; see {@link MakeClassification} for the errors. */
        public MakeClassification build() {
            return new MakeClassification(samples, features, informative, redundant, repeated, classes,
                    clustersPerClass, weights, flipY, classSep, hypercube, shift, scale, shuffle);
        }
    }
}
