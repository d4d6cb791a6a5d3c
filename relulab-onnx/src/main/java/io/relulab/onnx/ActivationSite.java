package io.relulab.onnx;

import java.util.Objects;

/**
 * One activation of an ONNX graph: a single op ({@code Relu}) or an exported pattern (erf-GELU is
 * {@code Div → Erf → Add → Mul → Mul}), with the graph values that hold its input and output.
 *
 * @param name          the layer's name in reports: the producing op and node, then the activation's node(s),
 *                      e.g. {@code Gemm /0/Gemm → Relu /1/Relu}
 * @param node          the activation's node name (for a pattern: its first and last node, {@code /Div…/Mul_1})
 * @param preActivation the graph value holding the pre-activation z (the activation's input)
 * @param output        the graph value holding the activation's output f(z)
 * @param activation    the function and its derivative
 * @param producerOp    the op that produces z ({@code Gemm}, {@code Conv}, …), or {@code input} for a graph input
 * @param channelsFirst whether z comes from a convolution or a channel-wise normalisation (directly or through
 *                      elementwise and pooling ops), so that axis 1 holds its channels ({@link UnitAxisRule})
 * @param graphIndex    position of the activation's last node in the graph's node list (graph order)
 */
public record ActivationSite(String name, String node, String preActivation, String output, OnnxActivation activation,
        String producerOp, boolean channelsFirst, int graphIndex) {

    public ActivationSite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(preActivation, "preActivation");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(producerOp, "producerOp");
    }

    /** The reported op: the activation's kind. */
    public String op() {
        return activation.kind();
    }
}
