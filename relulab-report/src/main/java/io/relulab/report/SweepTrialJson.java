package io.relulab.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.relulab.experiment.LayerDeadCounts;
import io.relulab.experiment.TrialHistory;
import io.relulab.experiment.TrialResult;
import io.relulab.experiment.TrialStatus;
import io.relulab.sweep.CellKey;
import io.relulab.sweep.SweepTrialResult;
import io.relulab.sweep.TrialKey;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One sweep trial as one line of JSON — the format of the trial log ({@code DIR/trials/*.jsonl}) and of the
 * {@code trials} array of a sweep's {@code results.json}:
 * <pre>
 * {"key": {activation, learning_rate, depth, width, init, optimizer, redo, data, seed},
 *  "scenario", "status", "diverged_epoch", "train_accuracy", "test_accuracy", "train_loss", "test_loss",
 *  "history": {loss, accuracy, val_loss, val_accuracy}, "dead": {layer1: {units, inactive, dead, dormant, saturated, recycled}, ...},
 *  "elapsed_ms"}
 * </pre>
 * The trial fields are those of a study's {@code results.json} trial ({@link ResultsJsonWriter}); {@code scenario}
 * is the key's setting. Numbers are written with {@link Double#toString} and parsed back to the same double; a
 * value that is not a number is {@code null} ({@code NaN} on reading). {@link #read} inverts {@link #write}
 * exactly, {@code elapsed_ms} to the microsecond.
 */
public final class SweepTrialJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SweepTrialJson() {
    }

    /** The trial as one line of JSON, without a line break. */
    public static String write(SweepTrialResult trial) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(text)) {
            write(json, trial, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a trial as JSON", e);
        }
        return text.toString();
    }

    /** Writes a cell's key fields (a trial key without its seed) into the object being written. */
    static void cellFields(JsonGenerator json, CellKey cell) throws IOException {
        json.writeStringField("activation", cell.activation());
        json.writeNumberField("learning_rate", cell.learningRate());
        json.writeNumberField("depth", cell.depth());
        json.writeNumberField("width", cell.width());
        json.writeStringField("init", cell.init());
        json.writeStringField("optimizer", cell.optimizer());
        json.writeBooleanField("redo", cell.redo());
        json.writeStringField("data", cell.data());
    }

    /** Writes the trial as a JSON object to {@code json}, with or without its timing. */
    static void write(JsonGenerator json, SweepTrialResult trial, boolean timings) throws IOException {
        TrialKey key = trial.key();
        TrialResult result = trial.result();
        json.writeStartObject();
        json.writeObjectFieldStart("key");
        cellFields(json, CellKey.of(key));
        json.writeNumberField("seed", key.seed());
        json.writeEndObject();
        json.writeStringField("scenario", result.scenario());
        json.writeStringField("status", result.status().label());
        if (result.divergedEpoch() > 0) {
            json.writeNumberField("diverged_epoch", result.divergedEpoch());
        } else {
            json.writeNullField("diverged_epoch");
        }
        number(json, "train_accuracy", result.trainAccuracy());
        number(json, "test_accuracy", result.testAccuracy());
        number(json, "train_loss", result.trainLoss());
        number(json, "test_loss", result.testLoss());
        TrialHistory history = result.history();
        json.writeObjectFieldStart("history");
        numbers(json, "loss", history.loss());
        numbers(json, "accuracy", history.accuracy());
        numbers(json, "val_loss", history.validationLoss());
        numbers(json, "val_accuracy", history.validationAccuracy());
        json.writeEndObject();
        json.writeObjectFieldStart("dead");
        for (LayerDeadCounts layer : result.deadCounts()) {
            json.writeObjectFieldStart(layer.layer());
            json.writeNumberField("units", layer.units());
            integers(json, "inactive", layer.inactive());
            integers(json, "dead", layer.dead());
            integers(json, "dormant", layer.dormant());
            integers(json, "saturated", layer.saturated());
            integers(json, "recycled", layer.recycled());
            json.writeEndObject();
        }
        json.writeEndObject();
        if (timings) {
            json.writeNumberField("elapsed_ms", result.elapsedNanos() / 1e6);
        }
        json.writeEndObject();
    }

    /**
     * Parses one line written by {@link #write(SweepTrialResult)}.
     *
     * @throws IllegalArgumentException if the line is not such a trial (one line naming what is wrong)
     */
    public static SweepTrialResult read(String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON trial line: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON trial line: expected an object");
        }
        return read(node);
    }

    /** Parses one trial object (a line of the log, or an element of the {@code trials} array of results.json). */
    public static SweepTrialResult read(JsonNode node) {
        JsonNode key = required(node, "key");
        TrialKey trialKey = new TrialKey(text(key, "activation"), required(key, "learning_rate").asDouble(),
                required(key, "depth").asInt(), required(key, "width").asInt(), text(key, "init"), text(key, "optimizer"),
                required(key, "redo").asBoolean(), text(key, "data"), required(key, "seed").asLong());
        JsonNode history = required(node, "history");
        TrialHistory trialHistory = new TrialHistory(doubles(history, "loss"), doubles(history, "accuracy"),
                doubles(history, "val_loss"), doubles(history, "val_accuracy"));
        List<LayerDeadCounts> layers = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = required(node, "dead").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> layer = it.next();
            layers.add(new LayerDeadCounts(layer.getKey(), required(layer.getValue(), "units").asInt(),
                    ints(layer.getValue(), "inactive"), ints(layer.getValue(), "dead"), ints(layer.getValue(), "dormant"),
                    ints(layer.getValue(), "saturated"), ints(layer.getValue(), "recycled")));
        }
        JsonNode diverged = node.get("diverged_epoch");
        JsonNode elapsed = node.get("elapsed_ms");
        TrialResult result = new TrialResult(text(node, "scenario"), trialKey.activation(), trialKey.seed(),
                status(text(node, "status")), diverged == null || diverged.isNull() ? 0 : diverged.asInt(),
                number(node, "train_accuracy"), number(node, "test_accuracy"), number(node, "train_loss"),
                number(node, "test_loss"), trialHistory, layers,
                elapsed == null || elapsed.isNull() ? 0 : Math.round(elapsed.asDouble() * 1e6));
        return new SweepTrialResult(trialKey, result);
    }

    private static TrialStatus status(String label) {
        for (TrialStatus status : TrialStatus.values()) {
            if (status.label().equals(label)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown trial status '" + label + "'");
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new IllegalArgumentException("trial line has no \"" + field + "\"");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = required(node, field);
        return value.isNull() ? Double.NaN : value.asDouble();
    }

    private static double[] doubles(JsonNode node, String field) {
        JsonNode array = required(node, field);
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).isNull() ? Double.NaN : array.get(i).asDouble();
        }
        return values;
    }

    private static int[] ints(JsonNode node, String field) {
        JsonNode array = required(node, field);
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asInt();
        }
        return values;
    }

    private static void number(JsonGenerator json, String field, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.writeNumberField(field, value);
        } else {
            json.writeNullField(field);
        }
    }

    private static void numbers(JsonGenerator json, String field, double[] values) throws IOException {
        json.writeArrayFieldStart(field);
        for (double value : values) {
            if (Double.isFinite(value)) {
                json.writeNumber(value);
            } else {
                json.writeNull();
            }
        }
        json.writeEndArray();
    }

    private static void integers(JsonGenerator json, String field, int[] values) throws IOException {
        json.writeArrayFieldStart(field);
        for (int value : values) {
            json.writeNumber(value);
        }
        json.writeEndArray();
    }
}
