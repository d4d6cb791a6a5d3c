package io.relulab.onnx;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The result of inspecting a model on a data file: every activation in graph order with its measures, and
 * what was inspected — the model, the data (rows read and the file's SHA-256) and the settings.
 *
 * @param model      the model file
 * @param producer   the model's producer name and version (e.g. {@code pytorch 1.13.1}), possibly empty
 * @param opset      its default-domain opset
 * @param input      the graph input the data fed
 * @param inputShape the input's declared shape (−1 for a symbolic dimension such as the batch)
 * @param data       the data file
 * @param rows       rows read from it
 * @param dataSha256 the data file's SHA-256 (hex)
 * @param settings   batch size, limit, unit axis rule, τ and ε
 * @param layers     the activations, in graph order
 */
public record Inspection(Path model, String producer, int opset, String input, long[] inputShape, Path data, long rows,
        String dataSha256, InspectionSettings settings, List<InspectedLayer> layers) {

    public Inspection {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(data, "data");
        inputShape = inputShape.clone();
        layers = List.copyOf(layers);
    }

    @Override
    public long[] inputShape() {
        return inputShape.clone();
    }
}
