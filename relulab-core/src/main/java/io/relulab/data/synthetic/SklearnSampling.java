package io.relulab.data.synthetic;

import io.relulab.random.NumpyRandom;
import java.util.HashSet;
import java.util.Set;

/**
 * scikit-learn 1.2.1's internal sampling helpers, with its exact draws ({@code
 * docs/specs/sklearn-compat.md} §4).
 */
public final class SklearnSampling {

    private SklearnSampling() {}

    /**
     * {@code sklearn.utils.random.sample_without_replacement(n_population, n_samples, method="auto")}:
     * with {@code ratio = n_samples / n_population}, a truncated permutation if {@code 0.01 < ratio <
     * 0.99}; otherwise tracking selection (repeated {@code randint(n_population)}, redrawing
     * duplicates) if {@code ratio < 0.2}, else reservoir sampling.
     *
     * @throws IllegalArgumentException if {@code nPopulation < 0} or {@code nSamples > nPopulation}
     */
    public static long[] sampleWithoutReplacement(long nPopulation, int nSamples, NumpyRandom random) {
        if (nPopulation < 0) {
            throw new IllegalArgumentException("n_population should be greater than 0, got " + nPopulation + ".");
        }
        if (nSamples < 0 || nSamples > nPopulation) {
            throw new IllegalArgumentException("n_population should be greater or equal than n_samples, got n_samples > n_population ("
                    + nSamples + " > " + nPopulation + ")");
        }
        double ratio = nPopulation == 0 ? 1.0 : (double) nSamples / (double) nPopulation;
        long[] out = new long[nSamples];
        if (ratio > 0.01 && ratio < 0.99) {
            if (nPopulation > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("n_population: " + nPopulation + " is too large for a permutation");
            }
            int[] permutation = random.permutation((int) nPopulation);
            for (int i = 0; i < nSamples; i++) {
                out[i] = permutation[i];
            }
        } else if (ratio < 0.2) {
            Set<Long> selected = new HashSet<>();
            for (int i = 0; i < nSamples; i++) {
                long j = random.randint(0L, nPopulation);
                while (selected.contains(j)) {
                    j = random.randint(0L, nPopulation);
                }
                selected.add(j);
                out[i] = j;
            }
        } else {
            for (int i = 0; i < nSamples; i++) {
                out[i] = i;
            }
            for (long i = nSamples; i < nPopulation; i++) {
                long j = random.randint(0L, i + 1);
                if (j < nSamples) {
                    out[(int) j] = i;
                }
            }
        }
        return out;
    }

    /**
     * {@code sklearn.datasets._samples_generator._generate_hypercube(samples, dimensions, rng)}:
     * {@code samples} distinct 0/1 vectors. Above 30 dimensions the leading {@code dimensions - 30}
     * columns are {@code randint(2)} draws (made first, row-major), the last 30 come from the
     * recursion. Otherwise row r is the binary expansion of {@code sample_without_replacement(2^d,
     * samples)[r]}, most significant bit first.
     *
     * @return {@code samples × dimensions} values 0 or 1, row-major
     */
    public static int[] generateHypercube(int samples, int dimensions, NumpyRandom random) {
        int[] out = new int[samples * dimensions];
        if (dimensions > 30) {
            int high = dimensions - 30;
            long[] bits = random.randint(0L, 2L, samples * high);
            int[] low = generateHypercube(samples, 30, random);
            for (int r = 0; r < samples; r++) {
                for (int c = 0; c < high; c++) {
                    out[r * dimensions + c] = (int) bits[r * high + c];
                }
                System.arraycopy(low, r * 30, out, r * dimensions + high, 30);
            }
            return out;
        }
        long[] vertices = sampleWithoutReplacement(1L << dimensions, samples, random);
        for (int r = 0; r < samples; r++) {
            for (int c = 0; c < dimensions; c++) {
                out[r * dimensions + c] = (int) ((vertices[r] >>> (dimensions - 1 - c)) & 1);
            }
        }
        return out;
    }
}
