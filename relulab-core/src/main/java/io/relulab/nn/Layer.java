package io.relulab.nn;

import java.util.List;

/**
 * One stage of a network, with its forward pass and its backward pass side by side.
 *
 * <p>Batches are row-major arrays of {@code rows × inputSize()} (inputs) and
 * {@code rows × outputSize()} (outputs) entries; arrays may be longer than that. A layer returns its
 * results in buffers it owns and reuses (grown when a larger batch arrives), valid until its next call
 * of the same method. {@link #forward} keeps a reference to its input for {@link #backward}, so the
 * caller must not overwrite the input between the two calls.
 *
 * <p>Contract of {@link #backward}: it must follow a {@link #forward} with the same number of rows; it
 * <em>overwrites</em> the gradient of every parameter of this layer with ∂L/∂θ for that batch (no
 * accumulation across calls), and returns ∂L/∂input unless told that nobody needs it.
 */
public interface Layer {

    /** Number of input columns. */
    int inputSize();

    /** Number of output columns. */
    int outputSize();

    /**
     * Computes the layer's output for {@code rows} input rows.
     *
     * @return this layer's output buffer, holding {@code rows × outputSize()} leading entries
     */
    double[] forward(double[] input, int rows, Mode mode);

    /**
     * Back-propagates ∂L/∂output through the last forward pass.
     *
     * @param outputGradient        ∂L/∂output, {@code rows × outputSize()} entries
     * @param computeInputGradient  false for the first layer of a network, whose input gradient nobody reads
     * @return ∂L/∂input ({@code rows × inputSize()} entries, in a buffer owned by this layer), or
     *         {@code null} when {@code computeInputGradient} is false
     */
    double[] backward(double[] outputGradient, int rows, boolean computeInputGradient);

    /** The learnable parameters, in a fixed order (empty for parameter-free layers). */
    List<Parameter> parameters();

    /** Grows a buffer to at least {@code size} entries (returns it unchanged when large enough). */
    static double[] ensureCapacity(double[] buffer, int size) {
        return buffer != null && buffer.length >= size ? buffer : new double[size];
    }
}
