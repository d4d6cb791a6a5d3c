package io.relulab.nn;

import io.relulab.math.Matrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An ordered stack of layers ending in logits, plus the {@link OutputHead} that turns logits into
 * outputs.
 *
 * <p>{@link #forward} and {@link #backward} are the allocation-free training path (they work on the
 * layers' buffers); {@link #predict}, {@link #logits} and {@link #trace} copy their results into new
 * matrices for callers. A network owns buffers, so it is not thread-safe: one network per trial.
 */
public final class Network {

    private final List<Layer> layers;
    private final OutputHead head;
    private final List<Parameter> parameters;

    /**
     * @throws IllegalArgumentException if there are no layers or consecutive sizes do not match
     */
    public Network(List<? extends Layer> layers, OutputHead head) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer; got none");
        }
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i).inputSize() != layers.get(i - 1).outputSize()) {
                throw new IllegalArgumentException("layer " + i + " (" + layers.get(i) + ") expects " + layers.get(i).inputSize()
                        + " inputs but layer " + (i - 1) + " (" + layers.get(i - 1) + ") gives " + layers.get(i - 1).outputSize());
            }
        }
        this.layers = List.copyOf(layers);
        this.head = Objects.requireNonNull(head, "head");
        List<Parameter> all = new ArrayList<>();
        for (Layer layer : this.layers) {
            all.addAll(layer.parameters());
        }
        this.parameters = List.copyOf(all);
    }

    /** The layers, in order. */
    public List<Layer> layers() {
        return layers;
    }

    public OutputHead head() {
        return head;
    }

    public int inputSize() {
        return layers.get(0).inputSize();
    }

    public int outputSize() {
        return layers.get(layers.size() - 1).outputSize();
    }

    /** Every learnable parameter, layer by layer (a dense layer gives kernel then bias). */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** Number of learnable scalars. */
    public int parameterCount() {
        int count = 0;
        for (Parameter parameter : parameters) {
            count += parameter.size();
        }
        return count;
    }

    /** The dense layers, in order. */
    public List<Dense> denseLayers() {
        List<Dense> dense = new ArrayList<>();
        for (Layer layer : layers) {
            if (layer instanceof Dense d) {
                dense.add(d);
            }
        }
        return dense;
    }

    /** The hidden activation layers, in order. */
    public List<NonlinearLayer> activationLayers() {
        List<NonlinearLayer> nonlinear = new ArrayList<>();
        for (Layer layer : layers) {
            if (layer instanceof NonlinearLayer n) {
                nonlinear.add(n);
            }
        }
        return nonlinear;
    }

    /**
     * Forward pass over {@code rows} rows of {@code input} (row-major, rows × inputSize()).
     *
     * @return the logits in the last layer's buffer (rows × outputSize() leading entries), valid until
     *         the next forward pass
     */
    public double[] forward(double[] input, int rows, Mode mode) {
        double[] values = input;
        for (int i = 0; i < layers.size(); i++) {
            values = layers.get(i).forward(values, rows, mode);
        }
        return values;
    }

    /**
     * Back-propagates ∂L/∂logits through the last forward pass, overwriting every parameter's gradient.
     * The input gradient of the first layer is not computed.
     */
    public void backward(double[] logitGradients, int rows) {
        double[] gradients = logitGradients;
        for (int i = layers.size() - 1; i >= 0; i--) {
            gradients = layers.get(i).backward(gradients, rows, i > 0);
        }
    }

    /** The logits for every row of {@code input}, in inference mode, as a new matrix. */
    public Matrix logits(Matrix input) {
        checkInput(input);
        double[] logits = forward(input.data(), input.rows(), Mode.INFERENCE);
        return Matrix.copyOf(input.rows(), outputSize(), logits);
    }

    /** The outputs (head applied to the logits: probabilities for classification) for every row, as a new matrix. */
    public Matrix predict(Matrix input) {
        Matrix logits = logits(input);
        head.applyInPlace(logits.data(), logits.rows(), logits.columns());
        return logits;
    }

    /** Runs {@code input} forward and records every layer's input and output (copies). */
    public ForwardTrace trace(Matrix input, Mode mode) {
        checkInput(input);
        int rows = input.rows();
        List<ForwardTrace.LayerTrace> traces = new ArrayList<>(layers.size());
        Matrix current = input.copy();
        double[] values = input.data();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            values = layer.forward(values, rows, mode);
            Matrix output = Matrix.copyOf(rows, layer.outputSize(), values);
            traces.add(new ForwardTrace.LayerTrace(i, layer, current, output));
            current = output;
        }
        Matrix outputs = current.copy();
        head.applyInPlace(outputs.data(), rows, outputs.columns());
        return new ForwardTrace(traces, outputs);
    }

    /** {@link #trace(Matrix, Mode)} in inference mode. */
    public ForwardTrace trace(Matrix input) {
        return trace(input, Mode.INFERENCE);
    }

    /** A copy of every parameter's values, in {@link #parameters()} order. */
    public double[][] copyParameterValues() {
        double[][] copy = new double[parameters.size()][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = parameters.get(i).values().clone();
        }
        return copy;
    }

    /** Restores values taken by {@link #copyParameterValues()}. */
    public void setParameterValuesInPlace(double[][] values) {
        if (values.length != parameters.size()) {
            throw new IllegalArgumentException("got values for " + values.length + " parameters; the network has " + parameters.size());
        }
        for (int i = 0; i < values.length; i++) {
            parameters.get(i).setValuesInPlace(values[i]);
        }
    }

    /** Whether every parameter value is finite. */
    public boolean allParametersFinite() {
        for (Parameter parameter : parameters) {
            if (!parameter.allFinite()) {
                return false;
            }
        }
        return true;
    }

    private void checkInput(Matrix input) {
        if (input.columns() != inputSize()) {
            throw new IllegalArgumentException("input has " + input.columns() + " columns; the network expects " + inputSize());
        }
    }

    @Override
    public String toString() {
        return "Network" + Arrays.toString(layers.toArray()) + " -> " + head.spec();
    }
}
