package io.relulab.loss;

import io.relulab.nn.OutputHead;

/**
 * A training loss computed from the network's logits, fused with the {@link OutputHead} it belongs to.
 *
 * <p>Arrays are row-major; {@code logits} has {@code rows × columns} leading entries and {@code targets}
 * {@code rows × targetColumns(columns)}. Methods never allocate.
 */
public interface Loss {

    /** Keras' name, e.g. {@code "binary_crossentropy"}. */
    String name();

    /** The output head this loss is fused with. */
    OutputHead head();

    /**
     * Number of target values per row for a network with {@code outputColumns} outputs: by default one per
     * output (elementwise losses); a loss with one class label per row overrides it.
     */
    default int targetColumns(int outputColumns) {
        return outputColumns;
    }

    /**
     * The mean loss over the rows, and its gradient with respect to the logits (already divided by
     * {@code rows}) written into {@code gradients}.
     */
    double lossAndGradient(double[] logits, double[] targets, int rows, int columns, double[] gradients);

    /** The sum over the rows of the per-row loss (for evaluation over several chunks). */
    double totalLoss(double[] logits, double[] targets, int rows, int columns);

    /** Whether {@link #totalAccuracy} is defined (classification losses). */
    boolean hasAccuracy();

    /**
     * The sum over the rows of each row's accuracy: 1 or 0 for a single prediction per row (so the number
     * of correctly classified rows), the fraction of correct outputs for several independent sigmoid outputs.
     *
     * @throws UnsupportedOperationException if {@link #hasAccuracy()} is false
     */
    double totalAccuracy(double[] logits, double[] targets, int rows, int columns);

    /**
     * Checks that targets suit this loss (e.g. labels 0 or 1 for binary cross-entropy).
     *
     * @param what names the data in the message, e.g. {@code "training labels"}
     * @throws IllegalArgumentException naming the first offending row and value
     */
    void validateTargets(double[] targets, int rows, int outputColumns, String what);

    /**
     * The loss fused with a head: binary cross-entropy for sigmoid, categorical cross-entropy for
     * softmax, mean squared error for the identity.
     */
    static Loss forHead(OutputHead head) {
        return switch (head) {
            case SIGMOID -> new BinaryCrossEntropy();
            case SOFTMAX -> new CategoricalCrossEntropy();
            case IDENTITY -> new MeanSquaredError();
        };
    }
}
