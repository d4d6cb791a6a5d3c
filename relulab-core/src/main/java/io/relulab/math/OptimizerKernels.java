package io.relulab.math;

/**
 * The elementwise update of Keras' Adam over whole parameter arrays, vectorised while
 * {@link VectorModule#engaged()} (chosen per call; same bits as the plain loop: IEEE add, multiply, divide and square root on
 * every lane, in the same order).
 *
 * <p>For each i: m ← m + (g − m)·(1 − β₁); v ← v + (g² − v)·(1 − β₂); θ ← θ − (m·α_t)/(√v + ε) — the
 * formula of {@code io.relulab.optim.Adam} with Keras' placement of ε.
 */
public final class OptimizerKernels {

    /** Whether this JVM can run the vector forms; whether they run is read per call ({@link #vector()}). */
    private static final boolean VECTOR = VectorModule.supports(() -> VectorOptimizerKernels.worthwhile());

    private OptimizerKernels() {
    }

    /** Whether this call runs the vector form: this JVM can, and {@link VectorModule#engaged()} says so now. */
    private static boolean vector() {
        return VECTOR && VectorModule.engaged();
    }

    /** One Keras Adam update of the first {@code size} entries (see the class comment). */
    public static void kerasAdamInPlace(double[] values, double[] gradients, double[] m, double[] v, int size,
                                        double stepSize, double epsilon, double oneMinusBeta1, double oneMinusBeta2) {
        if (vector()) {
            VectorOptimizerKernels.kerasAdamInPlace(values, gradients, m, v, size, stepSize, epsilon, oneMinusBeta1,
                    oneMinusBeta2);
        } else {
            scalarKerasAdamInPlace(values, gradients, m, v, 0, size, stepSize, epsilon, oneMinusBeta1, oneMinusBeta2);
        }
    }

    static void scalarKerasAdamInPlace(double[] values, double[] gradients, double[] m, double[] v, int from, int to,
                                       double stepSize, double epsilon, double oneMinusBeta1, double oneMinusBeta2) {
        for (int i = from; i < to; i++) {
            double g = gradients[i];
            double mi = m[i] + (g - m[i]) * oneMinusBeta1;
            double vi = v[i] + (g * g - v[i]) * oneMinusBeta2;
            m[i] = mi;
            v[i] = vi;
            values[i] -= (mi * stepSize) / (Math.sqrt(vi) + epsilon);
        }
    }
}
