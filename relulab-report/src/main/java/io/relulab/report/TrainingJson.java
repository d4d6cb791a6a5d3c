package io.relulab.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.relulab.train.History;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * JSON pieces for training results, with Jackson: every number is written with {@link Double#toString}
 * semantics (it parses back to the same double), and a NaN or infinite value becomes {@code null}, so a
 * diverged or missing metric never appears as a number. Written in the same layout as {@code results.json}
 * ({@link JsonStyle}).
 */
public final class TrainingJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TrainingJson() {
    }

    /** A new empty object. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Puts {@code value}, or {@code null} if it is NaN or infinite. */
    public static ObjectNode putNumber(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
        return node;
    }

    /** An array of numbers, non-finite ones as {@code null}. */
    public static ArrayNode numbers(List<Double> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(values.size());
        for (double value : values) {
            if (Double.isFinite(value)) {
                array.add(value);
            } else {
                array.addNull();
            }
        }
        return array;
    }

    /**
     * Keras' {@code history} object: {@code {"loss": [...], "accuracy": [...], "val_loss": [...], "val_accuracy": [...]}},
     * one entry per completed epoch (a metric the run does not have is an empty array).
     */
    public static ObjectNode history(History history) {
        ObjectNode node = object();
        node.set("loss", numbers(history.loss()));
        node.set("accuracy", numbers(history.accuracy()));
        node.set("val_loss", numbers(history.validationLoss()));
        node.set("val_accuracy", numbers(history.validationAccuracy()));
        return node;
    }

    /** Pretty-printed JSON text with a final newline. */
    public static String toText(JsonNode node) {
        try {
            return MAPPER.writer(JsonStyle.printer()).writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise JSON", e);
        }
    }

    /** Writes {@code node} to {@code file} atomically (temporary file + move). */
    public static void write(Path file, JsonNode node) throws IOException {
        AtomicFiles.writeString(file, toText(node));
    }

    /** Parses JSON text (for tests and readers). */
    public static JsonNode parse(String text) throws IOException {
        return MAPPER.readTree(text);
    }
}
