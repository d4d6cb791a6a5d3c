package io.relulab.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.relulab.ReluLabVersion;
import io.relulab.diagnostics.UnitMeasures;
import io.relulab.onnx.InspectedLayer;
import io.relulab.onnx.Inspection;
import io.relulab.report.TrainingJson;
import java.util.List;

/**
 * The JSON document of {@code relulab inspect --json FILE}:
 * <pre>
 * {"model": {"file", "producer", "opset", "input", "input_shape"},
 *  "data": {"file", "rows", "sha256"},
 *  "settings": {"batch_size", "limit", "unit_axis", "tau", "saturation_eps", "outputs_only"},
 *  "layers": [{"name", "node", "op", "producer_op", "unit_axis", "value_shape", "units", "values_per_unit",
 *              "dead": [indices], "inactive": [...], "dormant": [...], "saturated": [...],
 *              "activation_probability": [per unit], "pre_activation_min": [...], "pre_activation_max": [...],
 *              "largest_abs_derivative": [...], "redo_score": [...]}, ...],
 *  "relulab_version"}
 * </pre>
 * Layers are in graph order; unit indices are 0-based along the unit axis; a symbolic input dimension is −1.
 * With {@code --outputs-only}, a Relu or Leaky ReLU layer's pre-activations are not read and its
 * {@code pre_activation_min} and {@code pre_activation_max} are {@code null}.
 */
final class InspectionJson {

    private InspectionJson() {
    }

    static ObjectNode of(Inspection inspection) {
        ObjectNode root = TrainingJson.object();
        ObjectNode model = root.putObject("model");
        model.put("file", inspection.model().toString());
        model.put("producer", inspection.producer());
        model.put("opset", inspection.opset());
        model.put("input", inspection.input());
        ArrayNode inputShape = model.putArray("input_shape");
        for (long dim : inspection.inputShape()) {
            inputShape.add(dim);
        }
        ObjectNode data = root.putObject("data");
        data.put("file", inspection.data().toString());
        data.put("rows", inspection.rows());
        data.put("sha256", inspection.dataSha256());
        ObjectNode settings = root.putObject("settings");
        settings.put("batch_size", inspection.settings().batchSize());
        if (inspection.settings().limit() == Long.MAX_VALUE) {
            settings.putNull("limit");
        } else {
            settings.put("limit", inspection.settings().limit());
        }
        Integer axis = inspection.settings().unitAxis().explicitAxis();
        if (axis == null) {
            settings.put("unit_axis", "default");
        } else {
            settings.put("unit_axis", axis);
        }
        settings.put("tau", inspection.settings().tau());
        settings.put("saturation_eps", inspection.settings().saturationEpsilon());
        settings.put("outputs_only", inspection.settings().outputsOnly());
        ArrayNode layers = root.putArray("layers");
        for (InspectedLayer layer : inspection.layers()) {
            UnitMeasures measures = layer.measures();
            ObjectNode node = layers.addObject();
            node.put("name", layer.name());
            node.put("node", layer.site().node());
            node.put("op", layer.op());
            node.put("producer_op", layer.site().producerOp());
            node.put("unit_axis", layer.unitAxis());
            ArrayNode shape = node.putArray("value_shape");
            for (long dim : layer.valueShape()) {
                shape.add(dim);
            }
            node.put("units", layer.units());
            node.put("values_per_unit", measures.valuesPerUnit());
            node.set("dead", indices(measures.deadUnits()));
            node.set("inactive", indices(measures.inactiveUnits()));
            node.set("dormant", indices(measures.dormantUnits()));
            node.set("saturated", indices(measures.saturatedUnits()));
            node.set("activation_probability", TrainingJson.numbers(measures.unitActivationProbabilities()));
            if (layer.preActivationsRead()) {
                node.set("pre_activation_min", TrainingJson.numbers(measures.smallestPreActivations()));
                node.set("pre_activation_max", TrainingJson.numbers(measures.largestPreActivations()));
            } else {
                node.putNull("pre_activation_min");
                node.putNull("pre_activation_max");
            }
            node.set("largest_abs_derivative", TrainingJson.numbers(measures.largestAbsoluteDerivatives()));
            node.set("redo_score", TrainingJson.numbers(measures.scores()));
        }
        root.put("relulab_version", ReluLabVersion.get());
        return root;
    }

    private static ArrayNode indices(List<Integer> units) {
        ArrayNode array = TrainingJson.object().arrayNode(units.size());
        units.forEach(array::add);
        return array;
    }
}
