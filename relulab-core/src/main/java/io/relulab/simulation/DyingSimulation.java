package io.relulab.simulation;

import io.relulab.random.NumpyRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reference notebook's toy dying-ReLU simulation, draw for draw as numpy runs it.
 *
 * <p>The notebook's code (numpy's legacy global {@code RandomState}):
 * <pre>{@code
 * np.random.seed(42)
 * weights = np.random.normal(-2, 0.5, (n_neurons, 10))
 * biases  = np.random.normal(-1, 0.2, n_neurons)
 * inputs  = np.random.normal(0, 1, (1000, 10))
 * for epoch in range(10):
 *     pre = inputs @ weights.T + biases
 *     dead = np.all(np.maximum(0, pre) == 0, axis=0)
 *     print(f"Epoch {epoch+1}: {dead.sum()}/{n_neurons} neurons are dead")
 *     alive = ~dead
 *     weights[alive] += np.random.normal(0, 0.1, (alive.sum(), 10))
 *     biases[alive]  += np.random.normal(0, 0.1, alive.sum())
 * }</pre>
 * This class consumes a {@link NumpyRandom} in the same order (weights row-major, biases, inputs
 * row-major, then per epoch the alive units' weight updates row-major and their bias updates), so its
 * dead counts equal numpy's for every seed and option set (checked against a numpy fixture). Dot products
 * are summed in index order; numpy's BLAS may sum in another order, which could only matter for a unit
 * whose largest pre-activation is within a few ulps of 0.
 *
 * <p>With the notebook's own settings no unit ever dies (seed 42: 0 dead in every epoch): the weights'
 * mean of −2 makes w·x spread with a standard deviation of about 6.5 across inputs, so among 1000 inputs
 * every unit meets some with a large positive pre-activation. {@link DyingSimulationResult#explanation()}
 * states this with the measured numbers.
 */
public final class DyingSimulation {

    private DyingSimulation() {
    }

    /** Runs the simulation with a fresh {@code NumpyRandom(config.seed())}, as {@code np.random.seed(seed)}. */
    public static DyingSimulationResult run(DyingSimulationConfig config) {
        return run(config, new NumpyRandom(config.seed()));
    }

    /** Runs the simulation, drawing from {@code random} in numpy's order. */
    public static DyingSimulationResult run(DyingSimulationConfig config, NumpyRandom random) {
        int units = config.units();
        int dimension = config.inputDimension();
        int inputCount = config.inputCount();
        double[] weights = new double[units * dimension];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = random.normal(config.weightMean(), config.weightSpread());
        }
        double[] biases = new double[units];
        for (int unit = 0; unit < units; unit++) {
            biases[unit] = random.normal(config.biasMean(), config.biasSpread());
        }
        double[] inputs = new double[inputCount * dimension];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = random.normal(0.0, config.inputScale());
        }

        List<DyingSimulationEpoch> epochs = new ArrayList<>(config.epochs());
        boolean[] dead = new boolean[units];
        double[] preActivations = new double[inputCount];
        int[] unitsFiring = new int[inputCount];
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            Arrays.fill(unitsFiring, 0);
            int deadUnits = 0;
            double smallestAliveMaximum = Double.NaN;
            int closestUnit = -1;
            double spreadSum = 0;
            double biasSum = 0;
            for (int unit = 0; unit < units; unit++) {
                double maximum = preActivations(inputs, weights, unit * dimension, biases[unit], dimension, inputCount,
                        preActivations, unitsFiring);
                // np.maximum(0, pre) == 0 is false exactly when pre > 0 (or pre is NaN); Math.max keeps a NaN
                boolean anyPositive = !(maximum <= 0);
                spreadSum += standardDeviation(preActivations, inputCount);
                biasSum += biases[unit];
                dead[unit] = !anyPositive;
                if (dead[unit]) {
                    deadUnits++;
                } else if (closestUnit < 0 || maximum < smallestAliveMaximum) {
                    smallestAliveMaximum = maximum;
                    closestUnit = unit;
                }
            }
            int inputsFiringEveryUnit = 0;
            for (int count : unitsFiring) {
                if (count == units) {
                    inputsFiringEveryUnit++;
                }
            }
            epochs.add(new DyingSimulationEpoch(epoch, deadUnits, smallestAliveMaximum, closestUnit,
                    spreadSum / units, biasSum / units, inputsFiringEveryUnit));

            for (int unit = 0; unit < units; unit++) {
                if (!dead[unit]) {
                    for (int j = 0; j < dimension; j++) {
                        weights[unit * dimension + j] += random.normal(0.0, config.updateScale());
                    }
                }
            }
            for (int unit = 0; unit < units; unit++) {
                if (!dead[unit]) {
                    biases[unit] += random.normal(0.0, config.updateScale());
                }
            }
        }
        return new DyingSimulationResult(config, epochs);
    }

    /**
     * One unit's pre-activations on every input: pre[row] = (Σⱼ input[row][j]·w[j], j increasing) + b; counts the
     * inputs on which it fires (pre &gt; 0 or NaN) in {@code unitsFiring}. Returns the largest (NaN if any is NaN).
     * Its own method so that the JIT compiles this loop nest once, small, instead of the whole simulation.
     */
    private static double preActivations(double[] inputs, double[] weights, int weightOffset, double bias, int dimension,
            int inputCount, double[] pre, int[] unitsFiring) {
        double maximum = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < inputCount; row++) {
            double dot = 0;
            int inputOffset = row * dimension;
            for (int j = 0; j < dimension; j++) {
                dot += inputs[inputOffset + j] * weights[weightOffset + j];
            }
            double value = dot + bias;
            pre[row] = value;
            if (!(value <= 0)) {
                unitsFiring[row]++;
            }
            maximum = Math.max(maximum, value);
        }
        return maximum;
    }

    /** The population standard deviation of values[0..count): the mean first (summed in order), then the squares. */
    private static double standardDeviation(double[] values, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        double mean = sum / count;
        double squares = 0;
        for (int i = 0; i < count; i++) {
            double deviation = values[i] - mean;
            squares += deviation * deviation;
        }
        return Math.sqrt(squares / count);
    }
}
