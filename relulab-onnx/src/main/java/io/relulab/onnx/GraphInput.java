package io.relulab.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import onnx.Onnx.GraphProto;
import onnx.Onnx.TensorProto;
import onnx.Onnx.TensorShapeProto;
import onnx.Onnx.ValueInfoProto;

/**
 * A graph input that takes data (not an initializer, which models before IR version 4 also list as inputs):
 * its name, element type and declared shape, −1 for a symbolic or missing dimension.
 *
 * @param name        the input's name
 * @param elementType its {@code TensorProto.DataType} number (1 = FLOAT)
 * @param shape       declared dimensions, −1 where symbolic (e.g. {@code batch})
 */
record GraphInput(String name, int elementType, long[] shape) {

    /** The inputs of {@code graph} that need data, in declaration order. */
    static List<GraphInput> dataInputs(GraphProto graph) {
        Set<String> initializers = new HashSet<>();
        graph.getInitializerList().forEach(tensor -> initializers.add(tensor.getName()));
        List<GraphInput> inputs = new ArrayList<>();
        for (ValueInfoProto value : graph.getInputList()) {
            if (initializers.contains(value.getName())) {
                continue;
            }
            int type = value.getType().hasTensorType() ? value.getType().getTensorType().getElemType() : 0;
            long[] shape = null;
            if (value.getType().hasTensorType() && value.getType().getTensorType().hasShape()) {
                List<TensorShapeProto.Dimension> dims = value.getType().getTensorType().getShape().getDimList();
                shape = dims.stream().mapToLong(d -> d.hasDimValue() ? d.getDimValue() : -1).toArray();
            }
            inputs.add(new GraphInput(value.getName(), type, shape == null ? new long[0] : shape));
        }
        return inputs;
    }

    /**
     * The input the data feeds: the named one, or the only one.
     *
     * @throws IllegalArgumentException if the name is unknown, several inputs need data and none was named, or
     *                                  another input besides the chosen one needs data
     */
    static GraphInput choose(List<GraphInput> inputs, String requested, String model) {
        List<String> names = inputs.stream().map(GraphInput::name).toList();
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException(model + ": the graph has no data input; expected one tensor input");
        }
        GraphInput chosen;
        if (requested == null) {
            if (inputs.size() > 1) {
                throw new IllegalArgumentException(model + ": the model has " + inputs.size() + " inputs " + names
                        + "; say which one the data feeds with --input NAME");
            }
            chosen = inputs.get(0);
        } else {
            chosen = inputs.stream().filter(input -> input.name().equals(requested)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("--input " + requested + ": the model has no such input; its inputs are " + names));
            if (inputs.size() > 1) {
                List<String> others = names.stream().filter(name -> !name.equals(requested)).toList();
                throw new IllegalArgumentException(model + ": inputs " + others + " need data too, but --data feeds only "
                        + requested + "; expected a model whose other inputs have defaults (initializers)");
            }
        }
        if (chosen.elementType() != TensorProto.DataType.FLOAT_VALUE) {
            throw new IllegalArgumentException(model + ": input " + chosen.name() + " has element type "
                    + TensorProto.DataType.forNumber(chosen.elementType()) + "; expected FLOAT (float32)");
        }
        return chosen;
    }

    /** The declared shape as text, a symbolic dimension as {@code N} for the batch and {@code ?} elsewhere. */
    String shapeText() {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            text.append(i > 0 ? ", " : "").append(shape[i] >= 0 ? Long.toString(shape[i]) : i == 0 ? "N" : "?");
        }
        return text.append(']').toString();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GraphInput that && name.equals(that.name) && elementType == that.elementType
                && Arrays.equals(shape, that.shape);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(shape);
    }
}
