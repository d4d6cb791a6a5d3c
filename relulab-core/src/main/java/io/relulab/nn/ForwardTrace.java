package io.relulab.nn;

import io.relulab.math.Matrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Every layer's input and output for one forward pass over a probe matrix (copies, independent of the
 * network's buffers), for diagnostics.
 *
 * @param layers  one entry per layer, in network order
 * @param outputs the network's outputs after the head (probabilities for classification)
 */
public record ForwardTrace(List<LayerTrace> layers, Matrix outputs) {

    public ForwardTrace {
        layers = List.copyOf(layers);
    }

    /**
     * One layer's view of the pass.
     *
     * @param index  position of the layer in the network (0-based)
     * @param layer  the layer
     * @param input  its input, rows × {@code layer.inputSize()}
     * @param output its output, rows × {@code layer.outputSize()}
     */
    public record LayerTrace(int index, Layer layer, Matrix input, Matrix output) {
    }

    /**
     * A hidden activation layer's pre-activations and outputs.
     *
     * @param hiddenLayer     1-based number of the hidden layer ({@code layer1}, {@code layer2}, … in reports)
     * @param layer           the activation layer
     * @param preActivations  its input z (the preceding dense layer's output), rows × units
     * @param outputs         f(z), rows × units
     */
    public record ActivationTrace(int hiddenLayer, NonlinearLayer layer, Matrix preActivations, Matrix outputs) {
    }

    /** The network's logits (the last layer's output, before the head). */
    public Matrix logits() {
        return layers.get(layers.size() - 1).output();
    }

    /** The hidden activation layers, in network order. */
    public List<ActivationTrace> activations() {
        List<ActivationTrace> traces = new ArrayList<>();
        for (LayerTrace trace : layers) {
            if (trace.layer() instanceof NonlinearLayer nonlinear) {
                traces.add(new ActivationTrace(traces.size() + 1, nonlinear, trace.input(), trace.output()));
            }
        }
        return traces;
    }
}
