package io.relulab.onnx;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import onnx.Onnx.ModelProto;
import onnx.Onnx.ValueInfoProto;

/**
 * Edits an in-memory copy of a model. ONNX Runtime returns only graph outputs (asking a session for an
 * intermediate value fails with "Unknown output name"); the remedy its maintainers give (onnxruntime issues
 * 852 and 20902) is to add the value to the graph's outputs, which a name-only {@code ValueInfoProto} does —
 * the runtime infers its type and shape. The file on disk is never touched.
 */
public final class ModelEditor {

    private ModelEditor() {
    }

    /** A copy of {@code model} whose graph also outputs every value in {@code values} (those not outputs already). */
    public static ModelProto exposing(ModelProto model, Collection<String> values) {
        Set<String> existing = new LinkedHashSet<>();
        model.getGraph().getOutputList().forEach(output -> existing.add(output.getName()));
        ModelProto.Builder copy = model.toBuilder();
        for (String value : new LinkedHashSet<>(values)) {
            if (existing.add(value)) {
                copy.getGraphBuilder().addOutput(ValueInfoProto.newBuilder().setName(value));
            }
        }
        return copy.build();
    }
}
