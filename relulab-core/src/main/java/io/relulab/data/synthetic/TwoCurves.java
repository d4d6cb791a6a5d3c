package io.relulab.data.synthetic;

import io.relulab.data.Dataset;
import io.relulab.random.NumpyRandom;
import java.util.List;
import java.util.OptionalDouble;

/** Shared steps of {@code make_moons} and {@code make_circles}: points, shuffle, noise. */
final class TwoCurves {

    private TwoCurves() {}

    static void validate(int samplesOut, int samplesIn, OptionalDouble noise) {
        if (samplesOut < 0 || samplesIn < 0 || samplesOut + samplesIn < 1) {
            throw new IllegalArgumentException("samples: (" + samplesOut + ", " + samplesIn
                    + ") must be non-negative with at least one sample");
        }
        if (noise.isPresent() && !(noise.getAsDouble() >= 0 && Double.isFinite(noise.getAsDouble()))) {
            throw new IllegalArgumentException("noise: " + noise.getAsDouble() + " must be a finite standard deviation >= 0");
        }
    }

    /**
     * numpy's {@code linspace(0, stop, num, endpoint)}: {@code i·step} with {@code step = stop/div}
     * ({@code div = num-1} or {@code num}), the last point set to {@code stop} when the endpoint is
     * included.
     */
    static double[] linspace(double stop, int num, boolean endpoint) {
        double[] out = new double[num];
        int div = endpoint ? num - 1 : num;
        if (div > 0) {
            double step = stop / div;
            for (int i = 0; i < num; i++) {
                out[i] = i * step + 0.0;
            }
        } else {
            for (int i = 0; i < num; i++) {
                out[i] = i * stop + 0.0; // numpy: step is NaN, y = y * delta
            }
        }
        if (endpoint && num > 1) {
            out[num - 1] = stop;
        }
        return out;
    }

    /**
     * Builds X (columns: x coordinates then y coordinates, outer curve first) and y (0 outer, 1
     * inner), shuffles the rows with {@code util.shuffle}, then adds {@code normal(0, noise)} to each
     * element in row-major order.
     */
    static Dataset assemble(double[] outerX, double[] outerY, double[] innerX, double[] innerY, boolean shuffle,
            OptionalDouble noise, NumpyRandom random) {
        int n = outerX.length + innerX.length;
        double[] x = new double[n * 2];
        int[] y = new int[n];
        for (int i = 0; i < outerX.length; i++) {
            x[2 * i] = outerX[i];
            x[2 * i + 1] = outerY[i];
        }
        for (int i = 0; i < innerX.length; i++) {
            int r = outerX.length + i;
            x[2 * r] = innerX[i];
            x[2 * r + 1] = innerY[i];
            y[r] = 1;
        }
        if (shuffle) {
            int[] order = random.permutation(n);
            double[] shuffled = new double[x.length];
            int[] labels = new int[n];
            for (int r = 0; r < n; r++) {
                shuffled[2 * r] = x[2 * order[r]];
                shuffled[2 * r + 1] = x[2 * order[r] + 1];
                labels[r] = y[order[r]];
            }
            x = shuffled;
            y = labels;
        }
        if (noise.isPresent()) {
            double scale = noise.getAsDouble();
            for (int i = 0; i < x.length; i++) {
                x[i] = x[i] + random.normal(0.0, scale);
            }
        }
        return Dataset.of(x, n, 2, y, Dataset.defaultColumnNames(2), Dataset.DEFAULT_TARGET_NAME, List.of("0", "1"));
    }
}
