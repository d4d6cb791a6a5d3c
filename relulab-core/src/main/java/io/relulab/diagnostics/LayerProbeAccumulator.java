package io.relulab.diagnostics;

import io.relulab.math.Matrix;
import io.relulab.nn.NonlinearLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Mutable accumulator of one hidden layer's per-unit statistics over probe batches; {@link #snapshot}
 * turns it into an immutable {@link LayerSnapshot}. Feeding the rows in one batch or in several gives
 * the same snapshot (sums of |h| are added in row order either way).
 */
final class LayerProbeAccumulator {

    /** ReDo's guard against a silent layer: score = mean|h_i| / (layer mean + {@value}) (Sokar et al. code). */
    static final double SCORE_EPSILON = 1e-9;

    private final NonlinearLayer layer;
    private final int units;
    private final boolean[] anyPositiveOutput;
    private final boolean[] anyNonzeroDerivative;
    private final double[] absoluteOutputSums;
    private final long[] positivePreActivations;
    private int rows;

    LayerProbeAccumulator(NonlinearLayer layer) {
        this.layer = layer;
        this.units = layer.units();
        this.anyPositiveOutput = new boolean[units];
        this.anyNonzeroDerivative = new boolean[units];
        this.absoluteOutputSums = new double[units];
        this.positivePreActivations = new long[units];
    }

    /** Adds the rows of one probe batch: pre-activations z and outputs f(z), both rows × units. */
    void add(Matrix preActivations, Matrix outputs) {
        if (preActivations.columns() != units || outputs.columns() != units || preActivations.rows() != outputs.rows()) {
            throw new IllegalArgumentException("probe batch shapes " + preActivations.rows() + "x" + preActivations.columns()
                    + " and " + outputs.rows() + "x" + outputs.columns() + " do not match a layer of " + units + " units");
        }
        double[] z = preActivations.data();
        double[] h = outputs.data();
        int batchRows = preActivations.rows();
        for (int row = 0; row < batchRows; row++) {
            int offset = row * units;
            for (int unit = 0; unit < units; unit++) {
                double pre = z[offset + unit];
                double out = h[offset + unit];
                if (out > 0) {
                    anyPositiveOutput[unit] = true;
                }
                if (!anyNonzeroDerivative[unit] && layer.derivativeAt(unit, pre) != 0) {
                    anyNonzeroDerivative[unit] = true;
                }
                absoluteOutputSums[unit] += Math.abs(out);
                if (pre > 0) {
                    positivePreActivations[unit]++;
                }
            }
        }
        rows += batchRows;
    }

    /**
     * The layer's snapshot.
     *
     * @param hiddenLayer  1-based layer number
     * @param tau          dormancy threshold
     * @param previousDead units dead at the previous check, or {@code null} if there was none
     */
    LayerSnapshot snapshot(int hiddenLayer, double tau, Set<Integer> previousDead) {
        if (rows == 0) {
            throw new IllegalStateException("no probe rows were added");
        }
        double[] meanAbsolute = new double[units];
        double layerSum = 0;
        for (int unit = 0; unit < units; unit++) {
            meanAbsolute[unit] = absoluteOutputSums[unit] / rows;
            layerSum += meanAbsolute[unit];
        }
        double layerMean = layerSum / units;
        List<Integer> inactive = new ArrayList<>();
        List<Integer> dead = new ArrayList<>();
        List<Integer> dormant = new ArrayList<>();
        List<Integer> newlyDead = new ArrayList<>();
        List<Integer> revived = new ArrayList<>();
        List<Double> scores = new ArrayList<>(units);
        List<Double> probabilities = new ArrayList<>(units);
        long positiveTotal = 0;
        for (int unit = 0; unit < units; unit++) {
            if (!anyPositiveOutput[unit]) {
                inactive.add(unit);
            }
            boolean isDead = !anyNonzeroDerivative[unit];
            boolean wasDead = previousDead != null && previousDead.contains(unit);
            if (isDead) {
                dead.add(unit);
                if (!wasDead) {
                    newlyDead.add(unit);
                }
            } else if (wasDead) {
                revived.add(unit);
            }
            double score = meanAbsolute[unit] / (layerMean + SCORE_EPSILON);
            scores.add(score);
            if (score <= tau) {
                dormant.add(unit);
            }
            probabilities.add((double) positivePreActivations[unit] / rows);
            positiveTotal += positivePreActivations[unit];
        }
        return new LayerSnapshot(hiddenLayer, units, rows, inactive, dead, dormant, newlyDead, revived, scores,
                probabilities, (double) positiveTotal / ((long) rows * units));
    }
}
