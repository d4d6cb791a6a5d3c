package io.relulab.onnx;

import io.relulab.diagnostics.DeadNeuronAnalyzer;
import java.util.Objects;

/**
 * How {@link ModelInspector} runs: batch size, how many rows, which model input the data feeds, the unit
 * axis rule and the thresholds of the measures.
 *
 * @param batchSize         rows per ONNX Runtime call (≥ 1); a model whose batch dimension is fixed uses its own
 * @param limit             at most this many rows (≥ 1), from the start of the file
 * @param inputName         the graph input the data feeds, or {@code null} when the model has one input
 * @param dropColumn        a CSV column to leave out (the label column of a training file), or {@code null}
 * @param unitAxis          which axis of each value holds the units
 * @param tau               dormancy threshold τ (ReDo score ≤ τ ⇒ dormant)
 * @param saturationEpsilon saturation threshold ε (largest |f′(z)| &lt; ε ⇒ saturated)
 * @param outputsOnly       for ReLU and Leaky ReLU layers, expose only the activation's output and take every
 *                          measure from it ({@link OnnxActivation#followsFromOutput}); their pre-activation range
 *                          is then not measured. Other layers are unaffected. Off by default
 */
public record InspectionSettings(int batchSize, long limit, String inputName, String dropColumn, UnitAxisRule unitAxis,
        double tau, double saturationEpsilon, boolean outputsOnly) {

    /** 256 rows per call: large enough to keep ONNX Runtime busy, small enough for any model's activations. */
    public static final int DEFAULT_BATCH_SIZE = 256;

    public InspectionSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("--batch-size " + batchSize + ": expected at least 1");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("--limit " + limit + ": expected at least 1 row");
        }
        Objects.requireNonNull(unitAxis, "unitAxis");
        if (!(tau >= 0) || !Double.isFinite(tau)) {
            throw new IllegalArgumentException("--tau " + tau + ": expected a finite number >= 0");
        }
        if (!(saturationEpsilon > 0) || !Double.isFinite(saturationEpsilon)) {
            throw new IllegalArgumentException("--saturation-eps " + saturationEpsilon + ": expected a finite number > 0");
        }
    }

    /** Batches of 256, every row, the default unit axis rule, τ and ε of the training monitor. */
    public static InspectionSettings defaults() {
        return new InspectionSettings(DEFAULT_BATCH_SIZE, Long.MAX_VALUE, null, null, UnitAxisRule.byDefault(),
                DeadNeuronAnalyzer.DEFAULT_TAU, DeadNeuronAnalyzer.DEFAULT_SATURATION_EPSILON, false);
    }

    public InspectionSettings withBatchSize(int newBatchSize) {
        return new InspectionSettings(newBatchSize, limit, inputName, dropColumn, unitAxis, tau, saturationEpsilon, outputsOnly);
    }

    public InspectionSettings withLimit(long newLimit) {
        return new InspectionSettings(batchSize, newLimit, inputName, dropColumn, unitAxis, tau, saturationEpsilon, outputsOnly);
    }

    public InspectionSettings withInputName(String newInputName) {
        return new InspectionSettings(batchSize, limit, newInputName, dropColumn, unitAxis, tau, saturationEpsilon, outputsOnly);
    }

    public InspectionSettings withDropColumn(String newDropColumn) {
        return new InspectionSettings(batchSize, limit, inputName, newDropColumn, unitAxis, tau, saturationEpsilon, outputsOnly);
    }

    public InspectionSettings withUnitAxis(UnitAxisRule newUnitAxis) {
        return new InspectionSettings(batchSize, limit, inputName, dropColumn, newUnitAxis, tau, saturationEpsilon, outputsOnly);
    }

    public InspectionSettings withTau(double newTau) {
        return new InspectionSettings(batchSize, limit, inputName, dropColumn, unitAxis, newTau, saturationEpsilon, outputsOnly);
    }

    public InspectionSettings withSaturationEpsilon(double newEpsilon) {
        return new InspectionSettings(batchSize, limit, inputName, dropColumn, unitAxis, tau, newEpsilon, outputsOnly);
    }

    public InspectionSettings withOutputsOnly(boolean newOutputsOnly) {
        return new InspectionSettings(batchSize, limit, inputName, dropColumn, unitAxis, tau, saturationEpsilon, newOutputsOnly);
    }
}
