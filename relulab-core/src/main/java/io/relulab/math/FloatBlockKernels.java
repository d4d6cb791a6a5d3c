package io.relulab.math;

/**
 * Statistics of a block of float32 values (one convolution channel of one image, for the inspector of imported
 * models), vectorised while {@link VectorModule#engaged()} and plain otherwise — read per call, the same bits either
 * way: every value is widened to double exactly, counts and flags do not depend on the order, the
 * extremes are the same numbers, and the sum is taken in the fixed order of {@link #summarize}, which both forms
 * follow (the vector form keeps lane k of a four-double vector for the positions ≡ k mod 4).
 */
public final class FloatBlockKernels {

    /** Whether this JVM can run the vector forms; whether they run is read per call ({@link #vector()}). */
    private static final boolean VECTOR = VectorModule.supports(() -> VectorFloatBlockKernels.worthwhile());

    private FloatBlockKernels() {
    }

    /** Whether this call runs the vector form: this JVM can, and {@link VectorModule#engaged()} says so now. */
    private static boolean vector() {
        return VECTOR && VectorModule.engaged();
    }

    /** Whether the vector forms are in use now (for benchmarks and the note that reports them). */
    public static boolean vectorised() {
        return vector();
    }

    /** The result of {@link #summarize}: mutable, so that one instance serves every block without allocating. */
    public static final class Summary {
        /** Σ|h| in the order of {@link #summarize}. */
        public double absoluteSum;
        /** The number of z &gt; 0. */
        public int positives;
        /** Whether some h &gt; 0. */
        public boolean anyPositiveOutput;
        /** The smallest z that is not NaN (+∞ if none); which of −0 and +0 is unspecified when it is zero. */
        public float smallest;
        /** The largest z that is not NaN (−∞ if none); which of −0 and +0 is unspecified when it is zero. */
        public float largest;
    }

    /**
     * Summarises the pre-activations {@code z[from..to)} and outputs {@code h[from..to)} into {@code into}. The sum
     * Σ|h| is taken in four partial sums, s_k over the positions p ≡ k (mod 4) of the first ⌊n/4⌋·4 values (n =
     * to − from, positions counted from {@code from}), each in position order, combined as (s₀ + s₁) + (s₂ + s₃);
     * the remaining n mod 4 values are then added in order.
     */
    public static void summarize(float[] z, float[] h, int from, int to, Summary into) {
        if (vector()) {
            VectorFloatBlockKernels.summarizeInPlace(z, h, from, to, into);
        } else {
            scalarSummarize(z, h, from, to, into);
        }
    }

    /**
     * The counts of values &gt; 0 and ≤ 0 in {@code values[from..to)} (a NaN is neither), packed as
     * {@code positives << 32 | nonPositives}.
     */
    public static long countSigns(float[] values, int from, int to) {
        return vector() ? VectorFloatBlockKernels.countSignsInPlace(values, from, to) : scalarCountSigns(values, from, to);
    }

    static void scalarSummarize(float[] z, float[] h, int from, int to, Summary into) {
        double sum0 = 0;
        double sum1 = 0;
        double sum2 = 0;
        double sum3 = 0;
        int positives = 0;
        int positiveOutputs = 0;
        float smallest0 = Float.POSITIVE_INFINITY;
        float smallest1 = smallest0;
        float smallest2 = smallest0;
        float smallest3 = smallest0;
        float largest0 = Float.NEGATIVE_INFINITY;
        float largest1 = largest0;
        float largest2 = largest0;
        float largest3 = largest0;
        int quadsEnd = from + ((to - from) & ~3);
        int i = from;
        for (; i < quadsEnd; i += 4) {
            float z0 = z[i];
            float z1 = z[i + 1];
            float z2 = z[i + 2];
            float z3 = z[i + 3];
            float h0 = h[i];
            float h1 = h[i + 1];
            float h2 = h[i + 2];
            float h3 = h[i + 3];
            sum0 += Math.abs((double) h0);
            sum1 += Math.abs((double) h1);
            sum2 += Math.abs((double) h2);
            sum3 += Math.abs((double) h3);
            // conditional moves, not branches (random signs would mispredict); a NaN compares false and is skipped
            positives += (z0 > 0 ? 1 : 0) + (z1 > 0 ? 1 : 0) + (z2 > 0 ? 1 : 0) + (z3 > 0 ? 1 : 0);
            positiveOutputs |= (h0 > 0 ? 1 : 0) | (h1 > 0 ? 1 : 0) | (h2 > 0 ? 1 : 0) | (h3 > 0 ? 1 : 0);
            smallest0 = z0 < smallest0 ? z0 : smallest0;
            smallest1 = z1 < smallest1 ? z1 : smallest1;
            smallest2 = z2 < smallest2 ? z2 : smallest2;
            smallest3 = z3 < smallest3 ? z3 : smallest3;
            largest0 = z0 > largest0 ? z0 : largest0;
            largest1 = z1 > largest1 ? z1 : largest1;
            largest2 = z2 > largest2 ? z2 : largest2;
            largest3 = z3 > largest3 ? z3 : largest3;
        }
        double sum = (sum0 + sum1) + (sum2 + sum3);
        for (; i < to; i++) {
            float zi = z[i];
            float hi = h[i];
            sum += Math.abs((double) hi);
            positives += zi > 0 ? 1 : 0;
            positiveOutputs |= hi > 0 ? 1 : 0;
            smallest0 = zi < smallest0 ? zi : smallest0;
            largest0 = zi > largest0 ? zi : largest0;
        }
        into.absoluteSum = sum;
        into.positives = positives;
        into.anyPositiveOutput = positiveOutputs != 0;
        into.smallest = Math.min(Math.min(smallest0, smallest1), Math.min(smallest2, smallest3));
        into.largest = Math.max(Math.max(largest0, largest1), Math.max(largest2, largest3));
    }

    static long scalarCountSigns(float[] values, int from, int to) {
        int positives = 0;
        int nonPositives = 0;
        for (int i = from; i < to; i++) {
            float x = values[i];
            positives += x > 0 ? 1 : 0;
            nonPositives += x <= 0 ? 1 : 0;
        }
        return (long) positives << 32 | nonPositives;
    }
}
